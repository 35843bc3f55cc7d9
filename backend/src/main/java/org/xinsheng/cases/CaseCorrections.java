package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.db.RetryOnConflict;
import org.xinsheng.intake.Complaint;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.notify.Notifier;
import org.xinsheng.routing.Assignment;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.routing.Router;
import org.xinsheng.routing.Routing;
import org.xinsheng.staff.StaffAccount;
import org.xinsheng.web.ApiException;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A staff member corrects what the analyzer read in a complaint, in one transaction: the corrected analysis is
 * stored, routing runs again on it (a person's word is certain), the units that routing now gives are added and
 * those it no longer gives are taken off (units added by hand stay), each as a timeline step and an audit event, the
 * flags and advice follow (so a triage flag clears once the lead has settled the question), and the correction is
 * kept as a labelled example for retraining. The public timeline says which units now work the case, never who
 * corrected what.
 */
@Singleton
public class CaseCorrections {

    private static final Logger LOG = LoggerFactory.getLogger(CaseCorrections.class);
    private static final Set<String> SETTLED = Set.of("resolved", "closed");

    private final CaseService cases;
    private final CaseComplaints complaints;
    private final CaseAssignmentRepository assignments;
    private final CaseFileRepository files;
    private final CaseEventRepository events;
    private final AuditRepository audit;
    private final AnalysisCorrectionRepository examples;
    private final Jurisdiction jurisdiction;
    private final TransactionOperations<Connection> transactions;
    private final Notifier notifier;

    public CaseCorrections(CaseService cases, CaseComplaints complaints, CaseAssignmentRepository assignments,
                           CaseFileRepository files, CaseEventRepository events, AuditRepository audit,
                           AnalysisCorrectionRepository examples, Jurisdiction jurisdiction,
                           TransactionOperations<Connection> transactions, Notifier notifier) {
        this.cases = cases;
        this.complaints = complaints;
        this.assignments = assignments;
        this.files = files;
        this.events = events;
        this.audit = audit;
        this.examples = examples;
        this.jurisdiction = jurisdiction;
        this.transactions = transactions;
        this.notifier = notifier;
    }

    /** Handlers of a unit on the case (the lead among them), supervisors and admins; not the hotline. */
    public static boolean mayCorrect(Set<Workflow.Who> parts) {
        return parts.contains(Workflow.Who.PARTICIPANT) || parts.contains(Workflow.Who.SUPERVISOR);
    }

    @RetryOnConflict
    public CaseViews.Detail correct(StaffAccount caller, String code, CorrectionRequest request) {
        return transactions.executeWrite(status -> {
            Instant now = Instant.now();
            apply(caller, cases.load(caller, code), request, now);
            return cases.detail(caller, cases.load(caller, code), now);
        });
    }

    private void apply(StaffAccount caller, CaseService.Loaded c, CorrectionRequest request, Instant now) {
        if (!mayCorrect(c.parts())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden",
                    "Only handlers of a unit on this case, supervisors and admins may correct its analysis.");
        }
        Complaint complaint = c.complaint();
        String from = complaint.status();
        if (SETTLED.contains(from)) {
            throw new ApiException(HttpStatus.CONFLICT, "invalid_transition",
                    "A case that is " + from + " is no longer routed; its analysis cannot be corrected.");
        }
        Analysis before = complaint.analysis();
        Analysis after = request.applyTo(before);
        Routing was = Router.route(before, complaint.text(), jurisdiction);
        Routing routing = Router.route(after, complaint.text(), jurisdiction);
        String to = statusAfter(from, routing.status());
        if (complaints.correct(complaint.id(), from, to, after.wageArrears(), after.wageConfidence(), after.sector(),
                after.sectorConfidence(), after.employer(), after.amountYuan(), after.workers(), after.township(),
                after.absconded(), now) == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", "Someone else changed this case just now; reload it.");
        }
        List<String> changes = CorrectionRequest.changes(before, after);
        String summary = changes.isEmpty() ? "confirmed the analysis" : String.join("; ", changes);
        String language = complaint.language();
        events.save(CaseEvent.of(complaint.id(), now, to, "correct", caller.username(),
                clip(request.note() == null ? summary : summary + " — " + request.note(), 500),
                "redirected".equals(to) && !to.equals(from) ? routing.advice() : null));
        audit.save(new AuditEvent(null, now, caller.username(), "correct_analysis", complaint.id(), clip(summary, 200)));
        reassign(caller, c, was, routing, to, language, now);
        CaseFile file = refile(c.file(), was, routing);
        boolean progress = events.findByComplaintIdOrderById(complaint.id()).stream()
                .anyMatch(e -> Workflow.PROGRESS.key().equals(e.action()));
        files.update(file.withDeadline(Deadlines.due(to, complaint.createdAt(), "import".equals(complaint.channel()),
                progress, file.has(Router.FLAG_FAST_TRACK), file.resolvedAt(), jurisdiction.deadlines())));
        if (!to.equals(from)) {
            notifier.statusChanged(complaint, to, now);
        }
        examples.save(LabelledExamples.of(complaint, after, caller,
                changes.isEmpty() ? "confirmed" : String.join(" ", changedFields(changes)), now));
        LOG.info("{} corrected the analysis of {} ({}): {} -> {}", caller.username(), complaint.trackingCode(),
                changedFields(changes), from, to);
    }

    /** The status routing gives, from where the case stands: a case being verified or handled is not redirected. */
    static String statusAfter(String from, String routed) {
        return switch (routed) {
            case "redirected" -> switch (from) {
                case "registered", "assigned", "redirected" -> "redirected";
                default -> throw new ApiException(HttpStatus.CONFLICT, "invalid_transition", "A case that is "
                        + from + " is already being worked as a wage case; it cannot be redirected now.");
            };
            case "assigned" -> "registered".equals(from) || "redirected".equals(from) ? "assigned" : from;
            default -> "redirected".equals(from) ? "registered" : from;
        };
    }

    /**
     * Units the old routing gave and the new one does not come off; units the new routing gives and the case lacks
     * come on. Each change is a timeline step (public: which unit, in the complainant's language) and an audit event.
     */
    private void reassign(StaffAccount caller, CaseService.Loaded c, Routing was, Routing routing, String status,
                          String language, Instant now) {
        Long id = c.complaint().id();
        Set<Assignment> wanted = new LinkedHashSet<>(routing.assignments());
        for (CaseAssignment a : c.units()) {
            Assignment unit = new Assignment(a.unit(), a.role());
            if (was.assignments().contains(unit) && !wanted.contains(unit)) {
                assignments.delete(a);
                unitEvent(caller, id, status, "unit_removed", unit, language, now);
            }
        }
        for (Assignment unit : wanted) {
            boolean there = c.units().stream().anyMatch(a -> a.unit().equals(unit.unit()) && a.role().equals(unit.role()));
            if (!there) {
                assignments.save(new CaseAssignment(null, id, unit.unit(), unit.role(), now));
                unitEvent(caller, id, status, "unit_added", unit, language, now);
            }
        }
    }

    private void unitEvent(StaffAccount caller, Long id, String status, String action, Assignment unit,
                           String language, Instant now) {
        // Legal aid is offered, not a unit working the case: the public timeline does not list it.
        String publicNote = Router.LEGAL_AID.equals(unit.role()) ? null : CaseMessages.text(
                "unit_added".equals(action) ? "reassigned" : "unit_removed", language,
                Map.of("units", jurisdiction.unitName(unit.unit(), language)));
        events.save(CaseEvent.of(id, now, status, action, caller.username(), unit.unit() + " (" + unit.role() + ")",
                publicNote));
        audit.save(new AuditEvent(null, now, caller.username(), action, id, unit.unit() + ":" + unit.role()));
    }

    /** Routing's flags and advice now; flags routing did not set (such as a repeat employer) stay. */
    private static CaseFile refile(CaseFile file, Routing was, Routing routing) {
        List<String> flags = new ArrayList<>(routing.flags());
        for (String flag : file.flagList()) {
            if (!Router.ROUTING_FLAGS.contains(flag) && !flags.contains(flag)) {
                flags.add(flag);
            }
        }
        boolean sameAdvice = was.adviceKey() != null && was.adviceKey().equals(routing.adviceKey());
        String adviceKey = sameAdvice ? file.adviceKey() : routing.adviceKey();
        String advice = sameAdvice ? file.advice() : routing.advice();
        return file.withFlags(flags).withAdvice(adviceKey, advice);
    }

    private static List<String> changedFields(List<String> changes) {
        return changes.stream().map(c -> c.substring(0, c.indexOf(':'))).toList();
    }

    private static String clip(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
