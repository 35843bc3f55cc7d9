package org.xinsheng.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gauges counted in the database: the SMS outbox by state and the overdue open cases by unit. Each scrape reads
 * counts at most {@link #MAX_AGE} old: two grouped counts over indexed columns, not one query per gauge.
 */
@Singleton
public class DatabaseGauges {

    static final Duration MAX_AGE = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseGauges.class);

    private final MeterRegistry registry;
    private final TransactionOperations<Connection> transactions;
    private final Map<String, Double> outbox = new ConcurrentHashMap<>();
    private final Map<String, Double> overdue = new ConcurrentHashMap<>();
    private volatile Instant readAt = Instant.EPOCH;

    public DatabaseGauges(MeterRegistry registry, TransactionOperations<Connection> transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (String state : new String[] {"pending", "sending", "failed"}) {
            outbox.put(state, 0.0);
            Gauge.builder("xinsheng.sms.outbox", this, g -> g.outbox(state))
                    .description("SMS outbox messages by state (pending and sending: the backlog; failed: given up)")
                    .tag("state", state).register(registry);
        }
        refresh();
    }

    private double outbox(String state) {
        refreshIfOld();
        return outbox.getOrDefault(state, 0.0);
    }

    private double overdue(String unit) {
        refreshIfOld();
        return overdue.getOrDefault(unit, 0.0);
    }

    private void refreshIfOld() {
        if (Instant.now().isAfter(readAt.plus(MAX_AGE))) {
            refresh();
        }
    }

    synchronized void refresh() {
        if (!Instant.now().isAfter(readAt.plus(MAX_AGE))) { // another scrape has just counted
            return;
        }
        try {
            Map<String, Double> states = count("SELECT state, COUNT(*) FROM notification_outbox "
                    + "WHERE state <> 'sent' GROUP BY state", null);
            outbox.replaceAll((state, old) -> states.getOrDefault(state, 0.0));
            Map<String, Double> units = count("SELECT a.unit, COUNT(DISTINCT a.complaint_id) FROM case_file f "
                    + "JOIN case_assignment a ON a.complaint_id = f.complaint_id "
                    + "WHERE f.closed_at IS NULL AND f.resolved_at IS NULL AND f.deadline_at < ? GROUP BY a.unit",
                    Timestamp.from(Instant.now()));
            overdue.replaceAll((unit, old) -> units.getOrDefault(unit, 0.0));
            units.forEach((unit, n) -> {
                if (overdue.putIfAbsent(unit, n) == null) {
                    Gauge.builder("xinsheng.cases.overdue", this, g -> g.overdue(unit))
                            .description("Open cases past their deadline, by unit working them")
                            .tag("unit", unit).register(registry);
                }
            });
            readAt = Instant.now();
        } catch (RuntimeException e) {
            // The database is down: the gauges keep their last values, and /health says what is wrong.
            LOG.debug("Cannot count the gauges: {}", e.getMessage());
        }
    }

    private Map<String, Double> count(String sql, Timestamp parameter) {
        return transactions.executeRead(status -> {
            Map<String, Double> counts = new HashMap<>();
            try (PreparedStatement s = status.getConnection().prepareStatement(sql)) {
                if (parameter != null) {
                    s.setTimestamp(1, parameter);
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
