package org.xinsheng.cases;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.xinsheng.employers.EmployerLinks;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.PhoneNumbers;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.routing.Router;
import org.xinsheng.staff.StaffAccount;
import org.xinsheng.tracking.TrackingService;
import org.xinsheng.web.ApiException;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/** The staff side of reading cases: the inbox of the caller's cases and the whole case, as far as they may see it. */
@Singleton
public class CaseService {

    private static final Set<String> OPEN_OR_REDIRECTED = Set.of("registered", "assigned", "verifying", "handling",
            "redirected");

    private final CaseComplaints complaints;
    private final CaseAssignmentRepository assignments;
    private final CaseFileRepository files;
    private final CaseEventRepository events;
    private final AuditRepository audit;
    private final TrackingService tracking;
    private final Jurisdiction jurisdiction;
    private final EmployerLinks employers;
    private final InboxRepository inboxRows;
    private final ExecutorService counting;

    public CaseService(CaseComplaints complaints, CaseAssignmentRepository assignments, CaseFileRepository files,
                       CaseEventRepository events, AuditRepository audit, TrackingService tracking,
                       Jurisdiction jurisdiction, EmployerLinks employers, InboxRepository inboxRows,
                       @Named(TaskExecutors.BLOCKING) ExecutorService counting) {
        this.inboxRows = inboxRows;
        this.counting = counting;
        this.employers = employers;
        this.complaints = complaints;
        this.assignments = assignments;
        this.files = files;
        this.events = events;
        this.audit = audit;
        this.tracking = tracking;
        this.jurisdiction = jurisdiction;
    }

    /** A case the caller may see, with their parts in it; 404 for an unknown code and for a case not theirs. */
    public Loaded load(StaffAccount caller, String typedCode) {
        Complaint complaint;
        try {
            complaint = tracking.find(typedCode);
        } catch (ApiException e) {
            throw ApiException.notFound("No case of yours has this tracking code.");
        }
        List<CaseAssignment> units = assignments.findByComplaintIdOrderById(complaint.id());
        Set<Workflow.Who> parts = CaseAccess.parts(caller, units, jurisdiction);
        if (!CaseAccess.sees(parts)) {
            throw ApiException.notFound("No case of yours has this tracking code.");
        }
        CaseFile file = files.findById(complaint.id()).orElseThrow();
        return new Loaded(complaint, units, file, parts);
    }

    public record Loaded(Complaint complaint, List<CaseAssignment> units, CaseFile file, Set<Workflow.Who> parts) {
    }

    /**
     * One page of the caller's cases, filtered, sorted and counted by the database. Later pages rank by the clock of
     * the first (it travels in the cursor), so a walk through the pages shows every case once.
     *
     * <p>The total is counted on a second connection while the page is read: at a million cases each takes about
     * 100 ms on MariaDB, and the answer waits for the slower instead of both. Neither holds a connection while it
     * waits for the other, so a busy pool only queues them.
     */
    public InboxPage inbox(StaffAccount caller, InboxQuery query, Instant now) {
        Instant clock = query.cursor() == null ? now : query.cursor().now();
        CompletableFuture<Long> counted = CompletableFuture.supplyAsync(() -> inboxRows.count(caller, query, clock),
                counting);
        InboxRepository.Page page;
        try {
            page = inboxRows.page(caller, query, clock);
        } catch (RuntimeException e) {
            counted.cancel(false);
            throw e;
        }
        long total = total(counted);
        List<Long> ids = page.rows().stream().map(InboxRepository.Row::id).toList();
        Map<Long, List<CaseAssignment>> unitsById = ids.isEmpty() ? Map.of()
                : assignments.findByComplaintIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(CaseAssignment::complaintId));
        List<CaseViews.Summary> cases = page.rows().stream()
                .map(r -> new CaseViews.Summary(TrackingCodes.format(r.trackingCode()), r.status(), r.channel(),
                        r.language(), r.createdAt(), r.deadline(), r.deadline() != null && clock.isAfter(r.deadline()),
                        RiskLevels.ORDER.get(r.rank()), CaseFile.flagList(r.flags()),
                        r.sector(), r.township(), r.amountYuan(), r.workers(), r.employer(),
                        units(unitsById.getOrDefault(r.id(), List.of()))))
                .toList();
        String next = null;
        if (page.more()) {
            InboxRepository.Row last = page.rows().get(page.rows().size() - 1);
            next = new InboxCursor(query.sort(), clock, last.rank(), last.deadline(), last.createdAt(), last.id())
                    .encode();
        }
        return new InboxPage(cases, total, next);
    }

    private static long total(CompletableFuture<Long> counted) {
        try {
            return counted.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public CaseViews.Detail detail(StaffAccount caller, Loaded c, Instant now) {
        Complaint complaint = c.complaint();
        boolean contact = CaseAccess.seesContact(c.parts());
        if (contact) {
            audit.save(new AuditEvent(null, now, caller.username(), "view_contact", complaint.id(), null));
        }
        CaseViews.Complainant who = contact
                ? new CaseViews.Complainant(complaint.complainantName(), complaint.complainantPhone(), false)
                : new CaseViews.Complainant(null, PhoneNumbers.mask(complaint.complainantPhone()), true);
        CaseFile f = c.file();
        CaseViews.Outcome outcome = new CaseViews.Outcome(f.resolutionRoute(), f.resolutionFund(),
                f.amountRecoveredYuan(), f.workersPaid(), f.resolvedAt(), f.followedUpAt(), f.closedAt(), f.rating(),
                f.ratingComment());
        List<CaseViews.Step> timeline = events.findByComplaintIdOrderById(complaint.id()).stream()
                .map(e -> new CaseViews.Step(e.at(), e.status(), e.action(), e.actor(), e.note(), e.publicNote()))
                .toList();
        return new CaseViews.Detail(TrackingCodes.format(complaint.trackingCode()), complaint.status(),
                complaint.channel(), complaint.language(), complaint.createdAt(), f.deadlineAt(),
                overdue(f, now), risk(complaint, f, now), f.flagList(),
                f.has(Router.FLAG_TASK_FORCE) ? jurisdiction.taskForce().leader().get("zh") : null, f.advice(),
                complaint.text(),
                complaint.analysis(), who, units(c.units()), outcome, timeline,
                Workflow.available(complaint.status(), c.parts()), group(caller, complaint.id()),
                CaseCorrections.mayCorrect(c.parts()) && OPEN_OR_REDIRECTED.contains(complaint.status()));
    }

    /** The case's group as far as the caller may see it: members in units not theirs are counted, not named. */
    private CaseViews.Group group(StaffAccount caller, Long complaintId) {
        List<Long> ids = employers.group(complaintId).orElse(null);
        if (ids == null) {
            return null;
        }
        Map<Long, List<CaseAssignment>> unitsById = assignments.findByComplaintIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(CaseAssignment::complaintId));
        List<Long> visible = ids.stream().filter(id -> CaseAccess.sees(
                CaseAccess.parts(caller, unitsById.getOrDefault(id, List.of()), jurisdiction))).toList();
        List<CaseViews.Member> members = visible.isEmpty() ? List.of() : complaints.findByIdIn(visible).stream()
                .sorted(Comparator.comparing(Complaint::id))
                .map(m -> new CaseViews.Member(TrackingCodes.format(m.trackingCode()), m.status(), m.createdAt(),
                        m.employer(), m.amountYuan(), m.workers()))
                .toList();
        return new CaseViews.Group(employers.groupId(complaintId).orElseThrow(), ids.size(), members,
                ids.size() - members.size());
    }

    private List<CaseViews.Unit> units(List<CaseAssignment> units) {
        return units.stream().map(a -> new CaseViews.Unit(a.unit(), jurisdiction.unitName(a.unit(), "zh"), a.role()))
                .toList();
    }

    private static boolean overdue(CaseFile f, Instant now) {
        return f.deadlineAt() != null && now.isAfter(f.deadlineAt());
    }

    /** Open cases carry their flags' levels; every case with a deadline rises as it stays overdue. */
    String risk(Complaint c, CaseFile f, Instant now) {
        List<String> flags = CaseStatus.isOpen(c.status()) ? f.flagList() : List.of();
        return RiskLevels.level(f.deadlineAt(), flags, now, jurisdiction.risk());
    }
}
