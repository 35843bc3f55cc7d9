package org.xinsheng.cases;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.db.RetryOnConflict;
import org.xinsheng.intake.Complaint;
import org.xinsheng.notify.Notifier;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.routing.Router;
import org.xinsheng.staff.StaffAccount;
import org.xinsheng.web.ApiException;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Takes one workflow action on a case in one transaction: checks who may take it from which state, moves the status
 * (refusing when someone else moved it first), records what the action carries, recomputes the deadline and writes
 * the timeline step with who, when, the staff note and the sentence the public may read.
 */
@Singleton
public class CaseActions {

    private static final Logger LOG = LoggerFactory.getLogger(CaseActions.class);

    private final CaseService cases;
    private final CaseComplaints complaints;
    private final CaseAssignmentRepository assignments;
    private final CaseFileRepository files;
    private final CaseEventRepository events;
    private final Jurisdiction jurisdiction;
    private final TransactionOperations<Connection> transactions;
    private final Notifier notifier;

    public CaseActions(CaseService cases, CaseComplaints complaints, CaseAssignmentRepository assignments,
                       CaseFileRepository files, CaseEventRepository events, Jurisdiction jurisdiction,
                       TransactionOperations<Connection> transactions, Notifier notifier) {
        this.notifier = notifier;
        this.cases = cases;
        this.complaints = complaints;
        this.assignments = assignments;
        this.files = files;
        this.events = events;
        this.jurisdiction = jurisdiction;
        this.transactions = transactions;
    }

    @RetryOnConflict
    public CaseViews.Detail take(StaffAccount caller, String code, ActionRequest request) {
        return transactions.executeWrite(status -> {
            Instant now = Instant.now();
            CaseService.Loaded c = cases.load(caller, code);
            apply(caller, c, request, now);
            return cases.detail(caller, cases.load(caller, code), now);
        });
    }

    private void apply(StaffAccount caller, CaseService.Loaded c, ActionRequest request, Instant now) {
        Workflow action = request.action();
        Complaint complaint = c.complaint();
        String from = complaint.status();
        if (!action.allows(c.parts())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Your account may not " + action.key()
                    + " this case; it may: " + String.join(", ", Workflow.available(from, c.parts())) + ".");
        }
        if (!action.startsFrom(from)) {
            throw new ApiException(HttpStatus.CONFLICT, "invalid_transition",
                    "A case that is " + from + " cannot take the action " + action.key() + ".");
        }
        if (action == Workflow.CLOSE && c.file().followedUpAt() == null) {
            throw new ApiException(HttpStatus.CONFLICT, "follow_up_missing",
                    "Follow up (回访) first: confirm the money reached the workers before closing.");
        }
        String to = action == Workflow.FOLLOW_UP && !request.confirmed() ? "handling" : action.next(from);
        if (!to.equals(from) && complaints.move(complaint.id(), from, to, now) == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", "Someone else changed this case just now; reload it.");
        }
        CaseFile file = record(c, request, now);
        String language = complaint.language();
        String publicNote = switch (action) {
            case ASSIGN -> assignedNote(from.equals(to) ? "reassigned" : "assigned", request.units(), language);
            case REDIRECT -> file.advice();
            case ACCEPT -> CaseMessages.text("verifying", language);
            case VERIFIED -> CaseMessages.text("handling", language);
            case PROGRESS -> CaseMessages.text("progress", language);
            case RESOLVE -> CaseMessages.text("resolved", language, Map.of("amount",
                    String.valueOf(request.amountRecoveredYuan()), "workers", String.valueOf(request.workersPaid())));
            case FOLLOW_UP -> CaseMessages.text(request.confirmed() ? "follow_up" : "reopened", language);
            case CLOSE -> CaseMessages.text("closed", language);
            case NOTE, STILL_NOT_PAID -> null;
        };
        events.save(CaseEvent.of(complaint.id(), now, to, action.key(), caller.username(), request.note(), publicNote));
        if (!to.equals(from)) {
            notifier.statusChanged(complaint, to, now); // the worker's SMS, in this transaction
        }
        boolean progress = action == Workflow.PROGRESS || events.findByComplaintIdOrderById(complaint.id()).stream()
                .anyMatch(e -> Workflow.PROGRESS.key().equals(e.action()));
        files.update(file.withDeadline(Deadlines.due(to, complaint.createdAt(), "import".equals(complaint.channel()),
                progress, file.has(Router.FLAG_FAST_TRACK), file.resolvedAt(), jurisdiction.deadlines())));
        LOG.info("{} took {} on {}: {} -> {}", caller.username(), action.key(), complaint.trackingCode(), from, to);
    }

    /** What the action carries, written to the case file (and new units to the assignments). */
    private CaseFile record(CaseService.Loaded c, ActionRequest request, Instant now) {
        CaseFile file = c.file();
        switch (request.action()) {
            case ASSIGN -> {
                if ("redirected".equals(c.complaint().status())) {
                    file = file.asWageCase();
                }
                for (String unit : request.units()) {
                    String role = jurisdiction.hasTownship(unit) ? Router.TOWNSHIP
                            : jurisdiction.taskForce().unit().equals(unit) ? Router.TASK_FORCE : Router.BUREAU;
                    boolean there = c.units().stream().anyMatch(a -> a.unit().equals(unit) && a.role().equals(role));
                    if (!there) {
                        assignments.save(new CaseAssignment(null, c.complaint().id(), unit, role, now));
                    }
                }
            }
            case REDIRECT -> file = file.withAdvice(request.advice(),
                    jurisdiction.advice(request.advice()).orElseThrow().text(c.complaint().language()));
            case RESOLVE -> file = file.withResolution(request.route(), request.fund(), request.amountRecoveredYuan(),
                    request.workersPaid(), now);
            case FOLLOW_UP -> file = file.withFollowUp(request.confirmed() ? now : null);
            case CLOSE -> file = file.withClosed(now);
            default -> {
            }
        }
        return file;
    }

    /** The public sentence for new units: the police are never named, the case is said to be escalated instead. */
    private String assignedNote(String key, List<String> units, String language) {
        String police = jurisdiction.units().police();
        List<String> named = units.stream().filter(u -> !u.equals(police)).toList();
        String escalated = units.contains(police) ? CaseMessages.text("escalated", language) : null;
        if (named.isEmpty()) {
            return escalated;
        }
        String note = CaseMessages.text(key, language, Map.of("units", names(named, language)));
        return escalated == null ? note : note + ("bo".equals(language) ? " " : "；") + escalated;
    }

    private String names(List<String> units, String language) {
        String separator = "bo".equals(language) ? "། " : "、";
        return String.join(separator, units.stream().map(u -> jurisdiction.unitName(u, language)).toList());
    }
}
