package org.xinsheng.reports;

import jakarta.inject.Singleton;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The weekly dispatch and its overdue list, counted by the database (see {@link ReportRecords}). A week is counted
 * at its end, or now while it runs: the dashboard's tiles, the downloads and the overdue list all read these numbers.
 */
@Singleton
public class WeeklyReports {

    static final Set<String> OPEN = Set.of("registered", "assigned", "verifying", "handling");

    private final ReportRecords records;
    private final Jurisdiction jurisdiction;

    public WeeklyReports(ReportRecords records, Jurisdiction jurisdiction) {
        this.records = records;
        this.jurisdiction = jurisdiction;
    }

    public Weekly weekly(IsoWeek week, Instant now) {
        Instant asOf = asOf(week, now);
        ReportRecords.Figures county = records.county(week.start(), week.end(), asOf).get(0);
        List<ReportRecords.Figures> units = records.units(week.start(), week.end(), asOf);
        return new Weekly(week.toString(), week.start(), week.end(), asOf,
                row(county, jurisdiction.name().getOrDefault("zh", jurisdiction.key())),
                units.stream().filter(f -> "township".equals(f.kind())).map(this::row).toList(),
                units.stream().filter(f -> "bureau".equals(f.kind())).map(this::row).toList());
    }

    public List<OverdueCase> overdue(IsoWeek week, Instant now, int limit) {
        return records.overdue(week.end(), asOf(week, now), limit).stream()
                .map(o -> new OverdueCase(TrackingCodes.format(o.trackingCode()), o.status(), o.createdAt(),
                        o.deadlineAt(), o.township(),
                        o.township() == null ? null : jurisdiction.unitName(o.township(), "zh"), o.employer(),
                        o.amountYuan(), o.workers()))
                .toList();
    }

    /** The moment a week is counted at: its end, or now while it has not ended. */
    static Instant asOf(IsoWeek week, Instant now) {
        return now.isBefore(week.end()) ? now : week.end();
    }

    private Weekly.Row row(ReportRecords.Figures f) {
        return row(f, jurisdiction.unitName(f.unit(), "zh"));
    }

    private static Weekly.Row row(ReportRecords.Figures f, String name) {
        return new Weekly.Row(f.unit(), name, (int) f.fresh(), (int) f.total(), (int) f.openCases(),
                (int) f.closedCases(), (int) f.overdue(), f.claimed(), f.recovered(), f.workers());
    }
}
