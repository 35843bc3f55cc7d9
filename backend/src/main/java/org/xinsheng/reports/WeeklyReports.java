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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The weekly dispatch and its overdue list, counted by the database (see {@link ReportRecords}). A week is counted
 * at its end, or now while it runs: the dashboard's tiles, the downloads and the overdue list all read these numbers.
 *
 * <p>Counting a week reads every complaint filed up to its end and every unit on them: seconds at a county's volume,
 * a minute on H2 at a city's (about 7 s on H2 and 2 s on MariaDB at 100,000 complaints, 45 to 80 s on H2 at
 * 1,000,000). So a count is kept for {@code xinsheng.reports.dispatch-max-age} (5 minutes; 0 counts on every read)
 * and the running and the last week are brought up to date in the background before they age out: a supervisor gets
 * the figures at once, as of the moment in {@code asOf}, never older than that. The overdue list takes the same
 * moment as its clock.
 *
 * <p>Bringing a count up to date costs a few index reads when nothing was written since ({@link ReportRecords#marks}):
 * no status, amount, deadline or unit moved, so the figures of now are those counted but for the open cases whose
 * deadline passed in between, which are read from the deadline index and added to the overdue figures
 * ({@link ReportRecords#dueBetween}); the count is re-dated instead of counted again. A week that has ended changes
 * only when its cases are worked on later (a deadline moved, an amount corrected, a unit added); its count, made after
 * the end, is kept for {@code xinsheng.reports.dispatch-full-count-every} (1 hour). That is also the longest a count
 * is re-dated without being counted in full again.
 */
@Singleton
public class WeeklyReports {

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyReports.class);

    private final ReportRecords records;
    private final Jurisdiction jurisdiction;
    private final Duration maxAge;
    private final Duration fullCountEvery;
    private final Map<String, Counted> counted = new ConcurrentHashMap<>();

    /** A count with the marks read before it, the moment it was last found current and when it was counted in full. */
    private record Counted(Weekly weekly, ReportRecords.Marks marks, Instant at, Instant countedAt) {

        boolean ended(IsoWeek week) {
            return weekly.asOf().equals(week.end());
        }
    }

    public WeeklyReports(ReportRecords records, Jurisdiction jurisdiction,
                         @Value("${xinsheng.reports.dispatch-max-age:5m}") Duration maxAge,
                         @Value("${xinsheng.reports.dispatch-full-count-every:1h}") Duration fullCountEvery) {
        this.records = records;
        this.jurisdiction = jurisdiction;
        this.maxAge = maxAge;
        this.fullCountEvery = fullCountEvery.compareTo(maxAge) < 0 ? maxAge : fullCountEvery;
    }

    /**
     * The week's dispatch, found current now or at most {@code dispatch-max-age} ago; a week that has ended, counted
     * after its end at most {@code dispatch-full-count-every} ago.
     */
    public Weekly weekly(IsoWeek week, Instant now) {
        Counted kept = counted.get(week.toString());
        if (kept != null && !now.isBefore(kept.at())
                && Duration.between(kept.at(), now).compareTo(kept.ended(week) ? fullCountEvery : maxAge) <= 0) {
            return kept.weekly();
        }
        return recount(week, now);
    }

    /**
     * Brings the running week and the last one up to date, so that a reader never waits for a count: the last week
     * only once its count is older than {@code dispatch-full-count-every} or was made before the week ended.
     */
    @Scheduled(fixedDelay = "${xinsheng.reports.dispatch-refresh:4m}", initialDelay = "10s")
    void refresh() {
        if (maxAge.isZero()) {
            return;
        }
        Instant now = Instant.now();
        ZoneId zone = ZoneId.of(jurisdiction.deadlines().timeZone());
        IsoWeek running = IsoWeek.containing(now, zone);
        recount(running, now);
        IsoWeek last = IsoWeek.containing(running.start().minusSeconds(1), zone);
        Counted kept = counted.get(last.toString());
        if (kept == null || !kept.ended(last) || Duration.between(kept.at(), now).compareTo(fullCountEvery) >= 0) {
            recount(last, now);
        }
    }

    /** The week as of now: the kept count re-dated when nothing it counted can have changed, else a new count. */
    Weekly recount(IsoWeek week, Instant now) {
        if (maxAge.isZero()) {
            return count(week, now);
        }
        Counted kept = counted.get(week.toString());
        ReportRecords.Marks marks = records.marks();
        if (kept != null && kept.marks().equals(marks) && !now.isBefore(kept.at())
                && Duration.between(kept.countedAt(), now).compareTo(fullCountEvery) < 0) {
            Instant was = kept.weekly().asOf();
            Instant asOf = asOf(week, now);
            Optional<Weekly> redated = asOf.isAfter(was)
                    ? overdueMoved(kept.weekly(), records.dueBetween(was, asOf, week.end()), asOf)
                    : Optional.of(kept.weekly());
            if (redated.isPresent()) {
                keep(week, new Counted(redated.get(), marks, now, kept.countedAt()));
                LOG.debug("The weekly dispatch of {} is unchanged since {} but for the deadlines passed", week, was);
                return redated.get();
            }
        }
        long started = System.nanoTime();
        Weekly fresh = count(week, now);
        LOG.info("Counted the weekly dispatch of {} in {} ms", week, (System.nanoTime() - started) / 1_000_000);
        keep(week, new Counted(fresh, marks, now, now));
        return fresh;
    }

    /**
     * The count re-dated to {@code asOf}, with the open cases whose deadline passed since counted overdue; empty when
     * one of them is under a unit the count has no row for (then it is counted anew).
     */
    static Optional<Weekly> overdueMoved(Weekly w, List<ReportRecords.Due> due, Instant asOf) {
        Map<String, Long> more = new HashMap<>();
        due.forEach(d -> more.merge(d.kind() + "/" + d.unit(), d.overdue(), Long::sum));
        List<Weekly.Row> townships = moved(w.townships(), "township", more);
        List<Weekly.Row> bureaus = moved(w.bureaus(), "bureau", more);
        Weekly.Row county = moved(List.of(w.county()), "county", more).get(0);
        if (more.values().stream().anyMatch(n -> n > 0)) {
            return Optional.empty();
        }
        return Optional.of(new Weekly(w.week(), w.from(), w.to(), asOf, county, townships, bureaus));
    }

    /** The rows with the overdue cases of their unit added; what was added is taken out of {@code more}. */
    private static List<Weekly.Row> moved(List<Weekly.Row> rows, String kind, Map<String, Long> more) {
        return rows.stream().map(r -> {
            Long n = more.remove(kind + "/" + r.unit());
            return n == null || n == 0 ? r : new Weekly.Row(r.unit(), r.unitName(), r.newCases(), r.total(),
                    r.open(), r.closed(), r.overdue() + n.intValue(), r.amountClaimedYuan(), r.amountRecoveredYuan(),
                    r.workers());
        }).toList();
    }

    private void keep(IsoWeek week, Counted count) {
        if (counted.size() > 8 && !counted.containsKey(week.toString())) {
            counted.clear(); // weeks asked for once, long ago
        }
        counted.put(week.toString(), count);
    }

    Weekly count(IsoWeek week, Instant now) {
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
