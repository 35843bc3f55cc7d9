package org.xinsheng.reports;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The weekly dispatch and its overdue list, counted by the database (see {@link ReportRecords}). A week is counted
 * at its end, or now while it runs: the dashboard's tiles, the downloads and the overdue list all read these numbers.
 *
 * <p>Counting a week reads every complaint filed up to its end and every unit on them: seconds at a city's volume
 * (about 7 s on H2 and 2 s on MariaDB at 100,000 complaints). So a count is kept for {@code
 * xinsheng.reports.dispatch-max-age} (5 minutes; 0 counts on every read) and the running and the last week are
 * counted again in the background before they age out: a supervisor gets the figures at once, as of the moment in
 * {@code asOf}, never older than that. The overdue list takes the same moment as its clock.
 */
@Singleton
public class WeeklyReports {

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyReports.class);

    static final Set<String> OPEN = Set.of("registered", "assigned", "verifying", "handling");

    private final ReportRecords records;
    private final Jurisdiction jurisdiction;
    private final Duration maxAge;
    private final Map<String, Counted> counted = new ConcurrentHashMap<>();

    private record Counted(Weekly weekly, Instant at) {
    }

    public WeeklyReports(ReportRecords records, Jurisdiction jurisdiction,
                         @Value("${xinsheng.reports.dispatch-max-age:5m}") Duration maxAge) {
        this.records = records;
        this.jurisdiction = jurisdiction;
        this.maxAge = maxAge;
    }

    /** The week's dispatch, counted now or at most {@code dispatch-max-age} ago. */
    public Weekly weekly(IsoWeek week, Instant now) {
        Counted kept = counted.get(week.toString());
        if (kept != null && !now.isBefore(kept.at()) && Duration.between(kept.at(), now).compareTo(maxAge) <= 0) {
            return kept.weekly();
        }
        return recount(week, now);
    }

    /** Counts the running week and the last one again, so that a reader never waits for a count. */
    @Scheduled(fixedDelay = "${xinsheng.reports.dispatch-refresh:4m}", initialDelay = "10s")
    void refresh() {
        if (maxAge.isZero()) {
            return;
        }
        Instant now = Instant.now();
        IsoWeek running = IsoWeek.containing(now, ZoneId.of(jurisdiction.deadlines().timeZone()));
        recount(running, now);
        recount(IsoWeek.containing(running.start().minusSeconds(1), ZoneId.of(jurisdiction.deadlines().timeZone())), now);
    }

    Weekly recount(IsoWeek week, Instant now) {
        long started = System.nanoTime();
        Weekly fresh = count(week, now);
        if (!maxAge.isZero()) {
            LOG.info("Counted the weekly dispatch of {} in {} ms", week, (System.nanoTime() - started) / 1_000_000);
            if (counted.size() > 8) {
                counted.clear(); // weeks asked for once, long ago
            }
            counted.put(week.toString(), new Counted(fresh, now));
        }
        return fresh;
    }

    private Weekly count(IsoWeek week, Instant now) {
        Instant asOf = asOf(week, now);
        ReportRecords.Figures county = records.county(week.start(), week.end(), asOf).get(0);
        List<ReportRecords.Figures> units = records.units(week.start(), week.end(), asOf);
        return new Weekly(week.toString(), week.start(), week.end(), asOf,
                row(county, jurisdiction.name().getOrDefault("zh", jurisdiction.key())),
                units.stream().filter(f -> "township".equals(f.kind())).map(this::row).toList(),
                units.stream().filter(f -> "bureau".equals(f.kind())).map(this::row).toList());
    }

    public List<OverdueCase> overdue(IsoWeek week, Instant now, int limit) {
        Instant asOf = maxAge.isZero() ? asOf(week, now) : weekly(week, now).asOf();
        return records.overdue(week.end(), asOf, limit).stream()
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
