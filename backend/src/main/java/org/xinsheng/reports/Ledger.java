package org.xinsheng.reports;

import jakarta.inject.Singleton;
import org.xinsheng.cases.CaseAssignment;
import org.xinsheng.cases.CaseAssignmentRepository;
import org.xinsheng.cases.CaseStatus;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The case ledger (台账): every case filed in a week, as it stands now, one line each. Read a page of 1,000 at a
 * time, so a ledger of any length is written with the memory of one page.
 */
@Singleton
public class Ledger {

    static final List<String> HEADERS = List.of("查询码", "登记时间", "渠道", "状态", "乡镇", "行业", "用人单位",
            "涉及金额(元)", "涉及人数", "承办单位", "办理期限", "超期", "化解途径", "追回金额(元)", "已发放人数", "解决时间",
            "结案时间");
    private static final int PAGE = 1000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Receives the ledger's rows in filing order. */
    public interface RowSink {
        void accept(LedgerRow row) throws IOException;
    }

    private final ReportRecords records;
    private final CaseAssignmentRepository assignments;
    private final Jurisdiction jurisdiction;

    public Ledger(ReportRecords records, CaseAssignmentRepository assignments, Jurisdiction jurisdiction) {
        this.records = records;
        this.assignments = assignments;
        this.jurisdiction = jurisdiction;
    }

    public List<LedgerRow> rows(IsoWeek week, Instant now) {
        List<LedgerRow> rows = new ArrayList<>();
        try {
            each(week, now, rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public void each(IsoWeek week, Instant now, RowSink sink) throws IOException {
        Instant afterAt = week.start().minusNanos(1000);
        long afterId = 0;
        while (true) {
            List<ReportRecords.LedgerLine> page = records.ledgerPage(week.start(), week.end(), afterAt, afterId, PAGE);
            if (page.isEmpty()) {
                return;
            }
            Map<Long, Set<String>> units = new LinkedHashMap<>();
            for (CaseAssignment a : assignments.findByComplaintIdInOrderById(
                    page.stream().map(ReportRecords.LedgerLine::id).toList())) {
                units.computeIfAbsent(a.complaintId(), k -> new LinkedHashSet<>()).add(a.unit());
            }
            for (ReportRecords.LedgerLine c : page) {
                String names = units.getOrDefault(c.id(), Set.of()).stream()
                        .map(u -> jurisdiction.unitName(u, "zh")).collect(Collectors.joining("、"));
                boolean open = CaseStatus.isOpen(c.status());
                sink.accept(new LedgerRow(TrackingCodes.format(c.trackingCode()), c.createdAt(), c.channel(),
                        c.status(), c.township() == null ? null : jurisdiction.unitName(c.township(), "zh"),
                        c.sector(), c.employer(), c.amountYuan(), c.workers(), names, c.deadlineAt(),
                        open && c.deadlineAt() != null && now.isAfter(c.deadlineAt()), c.resolutionRoute(),
                        c.amountRecoveredYuan(), c.workersPaid(), c.resolvedAt(), c.closedAt()));
            }
            ReportRecords.LedgerLine last = page.get(page.size() - 1);
            afterAt = last.createdAt();
            afterId = last.id();
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    /** The ledger's rows as sheet cells, times in the jurisdiction's zone. */
    public SheetFile.Source sheet(IsoWeek week, Instant now, ZoneId zone) {
        return rows -> each(week, now, r -> rows.row(cells(r, zone)));
    }

    private static List<Object> cells(LedgerRow r, ZoneId zone) {
        List<Object> cells = new ArrayList<>(HEADERS.size());
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
        return cells;
    }

    private static String local(Instant at, ZoneId zone) {
        return at == null ? null : LOCAL.format(at.atZone(zone));
    }
}
