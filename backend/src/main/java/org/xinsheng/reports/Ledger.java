package org.xinsheng.reports;

import jakarta.inject.Singleton;
import org.xinsheng.cases.CaseAssignment;
import org.xinsheng.cases.CaseAssignmentRepository;
import org.xinsheng.cases.CaseFile;
import org.xinsheng.cases.CaseFileRepository;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The case ledger (台账): every case filed in a week, as it stands now, one line each. */
@Singleton
public class Ledger {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportRecords.Complaints complaints;
    private final CaseAssignmentRepository assignments;
    private final CaseFileRepository files;
    private final Jurisdiction jurisdiction;

    public Ledger(ReportRecords.Complaints complaints, CaseAssignmentRepository assignments,
                  CaseFileRepository files, Jurisdiction jurisdiction) {
        this.complaints = complaints;
        this.assignments = assignments;
        this.files = files;
        this.jurisdiction = jurisdiction;
    }

    public List<LedgerRow> rows(IsoWeek week, Instant now) {
        List<Complaint> filed = complaints.filedBefore(week.end()).stream()
                .filter(c -> !c.createdAt().isBefore(week.start())).toList();
        if (filed.isEmpty()) {
            return List.of();
        }
        List<Long> ids = filed.stream().map(Complaint::id).toList();
        Map<Long, List<CaseAssignment>> units = assignments.findByComplaintIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(CaseAssignment::complaintId));
        Map<Long, CaseFile> caseFiles = files.findByComplaintIdIn(ids).stream()
                .collect(Collectors.toMap(CaseFile::complaintId, f -> f));
        List<LedgerRow> rows = new ArrayList<>();
        for (Complaint c : filed) {
            CaseFile f = caseFiles.get(c.id());
            String names = units.getOrDefault(c.id(), List.of()).stream().map(CaseAssignment::unit).distinct()
                    .map(u -> jurisdiction.unitName(u, "zh")).collect(Collectors.joining("、"));
            boolean open = WeeklyReports.OPEN.contains(c.status());
            rows.add(new LedgerRow(TrackingCodes.format(c.trackingCode()), c.createdAt(), c.channel(), c.status(),
                    c.township() == null ? null : jurisdiction.unitName(c.township(), "zh"), c.sector(),
                    c.employer(), c.amountYuan(), c.workers(), names,
                    f == null ? null : f.deadlineAt(),
                    open && f != null && f.deadlineAt() != null && now.isAfter(f.deadlineAt()),
                    f == null ? null : f.resolutionRoute(), f == null ? null : f.amountRecoveredYuan(),
                    f == null ? null : f.workersPaid(), f == null ? null : f.resolvedAt(),
                    f == null ? null : f.closedAt()));
        }
        return rows;
    }

    public Table table(IsoWeek week, List<LedgerRow> rows, ZoneId zone) {
        List<String> headers = List.of("查询码", "登记时间", "渠道", "状态", "乡镇", "行业", "用人单位", "涉及金额(元)",
                "涉及人数", "承办单位", "办理期限", "超期", "化解途径", "追回金额(元)", "已发放人数", "解决时间", "结案时间");
        List<List<Object>> out = new ArrayList<>();
        for (LedgerRow r : rows) {
            List<Object> cells = new ArrayList<>();
            cells.add(r.trackingCode());
            cells.add(local(r.createdAt(), zone));
            cells.add(r.channel());
            cells.add(r.status());
            cells.add(r.township());
            cells.add(r.sector());
            cells.add(r.employer());
            cells.add(r.amountYuan());
            cells.add(r.workers());
            cells.add(r.units());
            cells.add(local(r.deadline(), zone));
            cells.add(r.overdue() ? "是" : "否");
            cells.add(r.route());
            cells.add(r.amountRecoveredYuan());
            cells.add(r.workersPaid());
            cells.add(local(r.resolvedAt(), zone));
            cells.add(local(r.closedAt(), zone));
            out.add(cells);
        }
        return new Table("台账 " + week, headers, out);
    }

    private static String local(Instant at, ZoneId zone) {
        return at == null ? null : LOCAL.format(at.atZone(zone));
    }
}
