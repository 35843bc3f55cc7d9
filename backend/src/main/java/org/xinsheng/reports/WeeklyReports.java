package org.xinsheng.reports;

import jakarta.inject.Singleton;
import org.xinsheng.cases.CaseAssignment;
import org.xinsheng.cases.CaseAssignmentRepository;
import org.xinsheng.cases.CaseEvent;
import org.xinsheng.cases.CaseFile;
import org.xinsheng.cases.CaseFileRepository;
import org.xinsheng.intake.Complaint;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.routing.Router;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts the weekly dispatch. A complaint counts once per unit on it: under townships for its township part, under
 * bureaus for every other part (bureau, lead, police, legal aid, task force). Its status at the week's end is the
 * status of its last timeline step before the end, so a past week reads the same later.
 */
@Singleton
public class WeeklyReports {

    static final Set<String> OPEN = Set.of("registered", "assigned", "verifying", "handling");
    static final Set<String> CLOSED = Set.of("resolved", "closed");

    private final ReportRecords.Complaints complaints;
    private final ReportRecords.Events events;
    private final CaseAssignmentRepository assignments;
    private final CaseFileRepository files;
    private final Jurisdiction jurisdiction;

    public WeeklyReports(ReportRecords.Complaints complaints, ReportRecords.Events events,
                         CaseAssignmentRepository assignments, CaseFileRepository files, Jurisdiction jurisdiction) {
        this.complaints = complaints;
        this.events = events;
        this.assignments = assignments;
        this.files = files;
        this.jurisdiction = jurisdiction;
    }

    public Weekly weekly(IsoWeek week) {
        List<Complaint> filed = complaints.filedBefore(week.end());
        Map<Long, String> statusAtEnd = new HashMap<>();
        for (CaseEvent e : events.before(week.end())) {
            statusAtEnd.put(e.complaintId(), e.status());
        }
        Map<Long, CaseFile> fileById = new HashMap<>();
        files.findAll().forEach(f -> fileById.put(f.complaintId(), f));
        Map<Long, Complaint> byId = filed.stream().collect(Collectors.toMap(Complaint::id, Function.identity()));
        Map<String, List<Complaint>> townships = new LinkedHashMap<>();
        Map<String, List<Complaint>> bureaus = new LinkedHashMap<>();
        List<CaseAssignment> all = new ArrayList<>();
        assignments.findAll().forEach(all::add);
        all.sort(Comparator.comparing(CaseAssignment::id));
        for (CaseAssignment a : all) {
            Complaint c = byId.get(a.complaintId());
            if (c == null) {
                continue;
            }
            Map<String, List<Complaint>> table = Router.TOWNSHIP.equals(a.role()) ? townships : bureaus;
            List<Complaint> list = table.computeIfAbsent(a.unit(), k -> new ArrayList<>());
            if (!list.contains(c)) {
                list.add(c);
            }
        }
        Counter counter = new Counter(week, statusAtEnd, fileById);
        return new Weekly(week.toString(), week.start(), week.end(),
                counter.row("county", jurisdiction.name().getOrDefault("zh", jurisdiction.key()), filed),
                rows(townships, counter), rows(bureaus, counter));
    }

    private List<Weekly.Row> rows(Map<String, List<Complaint>> table, Counter counter) {
        return table.entrySet().stream()
                .map(e -> counter.row(e.getKey(), jurisdiction.unitName(e.getKey(), "zh"), e.getValue()))
                .sorted(Comparator.comparing(Weekly.Row::unit))
                .toList();
    }

    private record Counter(IsoWeek week, Map<Long, String> statusAtEnd, Map<Long, CaseFile> files) {

        Weekly.Row row(String unit, String name, Collection<Complaint> cases) {
            int fresh = 0, open = 0, closed = 0, overdue = 0;
            long claimed = 0, recovered = 0, workers = 0;
            for (Complaint c : cases) {
                String status = statusAtEnd.getOrDefault(c.id(), c.status());
                CaseFile f = files.get(c.id());
                if (!c.createdAt().isBefore(week.start())) {
                    fresh++;
                }
                if (OPEN.contains(status)) {
                    open++;
                    if (f != null && f.deadlineAt() != null && f.deadlineAt().isBefore(week.end())) {
                        overdue++;
                    }
                } else if (CLOSED.contains(status)) {
                    closed++;
                }
                claimed += c.amountYuan() == null ? 0 : c.amountYuan();
                workers += c.workers() == null ? 0 : c.workers();
                if (f != null && f.amountRecoveredYuan() != null && f.resolvedAt() != null
                        && f.resolvedAt().isBefore(week.end())) {
                    recovered += f.amountRecoveredYuan();
                }
            }
            return new Weekly.Row(unit, name, fresh, cases.size(), open, closed, overdue, claimed, recovered, workers);
        }
    }
}
