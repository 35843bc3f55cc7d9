package org.xinsheng.cases;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.intake.Complaint;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.routing.Router;
import org.xinsheng.web.ApiException;

import java.sql.Connection;
import java.time.Instant;

/**
 * The worker's "I still have not been paid" on a resolved or closed case (回访; 不解决不销账): the case goes back to
 * handling with the lead unit on it, the follow-up and closure are undone (the lead must follow up again before it
 * closes), the timeline says so in public and the audit records that the complainant, not staff, reopened it. The
 * new deadline runs from the report, as a fresh resolution period: the old one counted from the filing and would
 * make the case overdue the moment it came back.
 */
@Singleton
public class StillNotPaid {

    private static final Logger LOG = LoggerFactory.getLogger(StillNotPaid.class);
    static final String ACTOR = "complainant";

    private final CaseComplaints complaints;
    private final CaseFileRepository files;
    private final CaseAssignmentRepository assignments;
    private final CaseEventRepository events;
    private final AuditRepository audit;
    private final Jurisdiction jurisdiction;
    private final TransactionOperations<Connection> transactions;

    public StillNotPaid(CaseComplaints complaints, CaseFileRepository files, CaseAssignmentRepository assignments,
                        CaseEventRepository events, AuditRepository audit, Jurisdiction jurisdiction,
                        TransactionOperations<Connection> transactions) {
        this.complaints = complaints;
        this.files = files;
        this.assignments = assignments;
        this.events = events;
        this.audit = audit;
        this.jurisdiction = jurisdiction;
        this.transactions = transactions;
    }

    /** Reopens the complaint (found by the caller from its tracking code); 409 unless it is resolved or closed. */
    public void report(Complaint complaint) {
        Workflow action = Workflow.STILL_NOT_PAID;
        String from = complaint.status();
        if (!action.startsFrom(from)) {
            throw new ApiException(HttpStatus.CONFLICT, "not_resolved",
                    "Only a resolved or closed complaint can be reported as still not paid; this one is " + from + ".");
        }
        String to = action.next(from);
        transactions.executeWrite(status -> {
            Instant now = Instant.now();
            if (complaints.move(complaint.id(), from, to, now) == 0) {
                throw new ApiException(HttpStatus.CONFLICT, "conflict", "The complaint changed just now; reload it.");
            }
            String lead = jurisdiction.units().lead();
            boolean leadOnIt = assignments.findByComplaintIdOrderById(complaint.id()).stream()
                    .anyMatch(a -> a.unit().equals(lead) && Router.LEAD.equals(a.role()));
            if (!leadOnIt) {
                assignments.save(new CaseAssignment(null, complaint.id(), lead, Router.LEAD, now));
            }
            CaseFile file = files.findById(complaint.id()).orElseThrow();
            Jurisdiction.Deadlines days = jurisdiction.deadlines();
            files.update(file.withFollowUp(null).withClosed(null).withDeadline(Deadlines.due(to, now, false, true,
                    file.has(Router.FLAG_FAST_TRACK), null, days)));
            events.save(CaseEvent.of(complaint.id(), now, to, action.key(), ACTOR, null,
                    CaseMessages.text("still_not_paid", complaint.language())));
            audit.save(new AuditEvent(null, now, ACTOR, action.key(), complaint.id(), from + " -> " + to));
            return null;
        });
        LOG.info("The complainant reported {} still not paid: {} -> {}", complaint.trackingCode(), from, to);
    }
}
