package org.xinsheng.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.reports.ReportRecords;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gauges counted in the database: the SMS outbox by state and the overdue open cases by unit, brought up to date by
 * {@link #scraped} before each scrape.
 *
 * <p>The outbox is counted on the scrape, at most {@link #OUTBOX_MAX_AGE} old (one grouped count over an index). The
 * overdue cases join every open case file past its deadline with its units: seconds at a city's volume (6 s on H2 at
 * 1,000,000 complaints). They are counted at most {@code xinsheng.metrics.overdue-max-age} (5 minutes) old, in the
 * background: a scrape that finds them older starts a count and answers with the last one (the gauges of a unit
 * appear from the scrape after the first count). When nothing was written since ({@link ReportRecords#marks}) only the
 * cases whose deadline passed in between are counted and added (for at most an hour), and nothing is counted before a
 * first scrape.
 */
@Singleton
public class DatabaseGauges {

    static final Duration OUTBOX_MAX_AGE = Duration.ofSeconds(15);
    /** The longest the overdue count is kept as current without counting it again (a safety net for the marks). */
    static final Duration OVERDUE_FULL_COUNT_EVERY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseGauges.class);
    private static final String OPEN = "c.status IN ('registered', 'assigned', 'verifying', 'handling')"
            + " AND f.closed_at IS NULL AND f.resolved_at IS NULL";
    private static final String OVERDUE = "SELECT a.unit, COUNT(DISTINCT a.complaint_id) FROM complaint c"
            + " JOIN case_file f ON f.complaint_id = c.id JOIN case_assignment a ON a.complaint_id = c.id"
            + " WHERE " + OPEN + " AND f.deadline_at < ? GROUP BY a.unit";
    /** The cases whose deadline fell in [?, ?): a walk of the deadline index (the other tests in the count). */
    private static final String DUE = "SELECT a.unit, COUNT(DISTINCT CASE WHEN " + OPEN + " THEN a.complaint_id END)"
            + " FROM case_file f JOIN complaint c ON c.id = f.complaint_id JOIN case_assignment a"
            + " ON a.complaint_id = f.complaint_id WHERE f.deadline_at >= ? AND f.deadline_at < ? GROUP BY a.unit";

    private final MeterRegistry registry;
    private final TransactionOperations<Connection> transactions;
    private final ReportRecords records;
    private final ExecutorService background;
    private final Duration overdueMaxAge;
    private final Map<String, Double> outbox = new ConcurrentHashMap<>();
    private final Map<String, Double> overdue = new ConcurrentHashMap<>();
    private final AtomicBoolean counting = new AtomicBoolean();
    private volatile Instant outboxAt = Instant.EPOCH;
    private volatile Instant overdueAt = Instant.EPOCH;
    private volatile Instant overdueCountedAt = Instant.EPOCH;
    private volatile Instant overdueAsOf = Instant.EPOCH;
    private volatile ReportRecords.Marks overdueMarks;

    public DatabaseGauges(MeterRegistry registry, TransactionOperations<Connection> transactions,
                          ReportRecords records, @Named(TaskExecutors.SCHEDULED) ExecutorService background,
                          @Value("${xinsheng.metrics.overdue-max-age:5m}") Duration overdueMaxAge) {
        this.registry = registry;
        this.transactions = transactions;
        this.records = records;
        this.background = background;
        this.overdueMaxAge = overdueMaxAge;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (String state : new String[] {"pending", "sending", "failed"}) {
            outbox.put(state, 0.0);
            Gauge.builder("xinsheng.sms.outbox", this, g -> g.outbox.getOrDefault(state, 0.0))
                    .description("SMS outbox messages by state (pending and sending: the backlog; failed: given up)")
                    .tag("state", state).register(registry);
        }
    }

    /** Before a scrape: the outbox counted if older than 15 s, the overdue cases counted in the background if old. */
    void scraped() {
        Instant now = Instant.now();
        if (now.isAfter(outboxAt.plus(OUTBOX_MAX_AGE))) {
            countOutbox();
        }
        if (now.isAfter(overdueAt.plus(overdueMaxAge)) && counting.compareAndSet(false, true)) {
            try {
                background.execute(() -> {
                    try {
                        countOverdue(Instant.now());
                    } finally {
                        counting.set(false);
                    }
                });
            } catch (RuntimeException e) {
                counting.set(false);
                LOG.debug("Cannot start counting the overdue cases: {}", e.getMessage());
            }
        }
    }

    private synchronized void countOutbox() {
        if (!Instant.now().isAfter(outboxAt.plus(OUTBOX_MAX_AGE))) { // another scrape has just counted
            return;
        }
        try {
            Map<String, Double> states = count("SELECT state, COUNT(*) FROM notification_outbox "
                    + "WHERE state <> 'sent' GROUP BY state");
            outbox.replaceAll((state, old) -> states.getOrDefault(state, 0.0));
            outboxAt = Instant.now();
        } catch (RuntimeException e) {
            // The database is down: the gauges keep their last values, and /health says what is wrong.
            LOG.debug("Cannot count the SMS outbox: {}", e.getMessage());
        }
    }

    /**
     * Counts the open cases past their deadline by unit as of {@code now}. When nothing was written since the last
     * count (no status, deadline or unit moved), only the open cases whose deadline passed in between are read, from
     * the deadline index, and added; at most an hour after the last full count.
     */
    synchronized void countOverdue(Instant now) {
        try {
            ReportRecords.Marks marks = records.marks();
            if (marks.equals(overdueMarks) && !now.isBefore(overdueAsOf)
                    && Duration.between(overdueCountedAt, now).compareTo(OVERDUE_FULL_COUNT_EVERY) < 0) {
                Map<String, Double> due = count(DUE, Timestamp.from(overdueAsOf), Timestamp.from(now));
                due.values().removeIf(n -> n == 0);
                due.forEach((unit, n) -> {
                    Double before = overdue.get(unit);
                    overdue.merge(unit, n, Double::sum);
                    gauge(unit, before);
                });
                overdueAsOf = now;
                overdueAt = now;
                return;
            }
            long started = System.nanoTime();
            // From the open statuses' index (a fifth of the complaints) rather than the deadline index (nearly every
            // case file: closed cases keep their last deadline); the case file still has to be open and past it.
            Map<String, Double> units = count(OVERDUE, Timestamp.from(now));
            overdue.replaceAll((unit, old) -> units.getOrDefault(unit, 0.0));
            units.forEach((unit, n) -> gauge(unit, overdue.putIfAbsent(unit, n)));
            overdueMarks = marks;
            overdueCountedAt = now;
            overdueAsOf = now;
            overdueAt = now;
            LOG.debug("Counted the overdue cases by unit in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.debug("Cannot count the overdue cases: {}", e.getMessage());
        }
    }

    /** Registers the gauge of a unit seen for the first time ({@code before} null). */
    private void gauge(String unit, Double before) {
        if (before == null) {
            Gauge.builder("xinsheng.cases.overdue", this, g -> g.overdue.getOrDefault(unit, 0.0))
                    .description("Open cases past their deadline, by unit working them")
                    .tag("unit", unit).register(registry);
        }
    }

    /** The overdue gauge of a unit as last counted, 0 when it had none, null before the unit had any. */
    Double overdue(String unit) {
        return overdue.get(unit);
    }

    private Map<String, Double> count(String sql, Timestamp... parameters) {
        return transactions.executeRead(status -> {
            Map<String, Double> counts = new HashMap<>();
            try (PreparedStatement s = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setTimestamp(i + 1, parameters[i]);
                }
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), (double) rows.getLong(2));
                    }
                }
            }
            return counts;
        });
    }
}
