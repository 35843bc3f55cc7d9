package org.xinsheng.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Brings the schema to this jar's version with Flyway, once, however many nodes start at the same moment. Flyway's own
 * lock does not hold across the nodes of a Galera cluster (a lock taken on one database node is not seen on another),
 * so two nodes migrating an empty schema together broke it. Here the node that migrates first claims the schema by
 * creating the table {@value #CLAIM}: creating a table is ordered across a whole cluster (and atomic on one server),
 * so exactly one node succeeds; the others wait until the schema is current and the claim is gone.
 * <p>
 * Flyway refuses to migrate a schema that holds tables but no history of its own, and the claim is such a table on
 * an empty schema; so the history starts with a baseline at version 0 there, below every migration, all of which run.
 */
public final class SchemaMigrations {

    public static final String CLAIM = "xinsheng_schema_claim";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final Duration POLL = Duration.ofMillis(500);

    /** migrate: bring the schema up to date unless another node is doing it; wait: never migrate, only wait. */
    public enum Mode { MIGRATE, WAIT }

    private final DataSource dataSource;
    private final Flyway flyway;

    public SchemaMigrations(DataSource dataSource, FluentConfiguration configuration) {
        this.dataSource = dataSource;
        this.flyway = new FluentConfiguration(configuration.getClassLoader()).configuration(configuration)
                .dataSource(dataSource).baselineOnMigrate(true).baselineVersion("0").load();
    }

    /** How many of this jar's migrations the schema lacks. */
    public int pending() {
        return flyway.info().pending().length;
    }

    /** The schema's version after the last applied migration, or "empty". */
    public String version() {
        var current = flyway.info().current();
        return current == null || current.getVersion() == null ? "empty" : current.getVersion().getVersion();
    }

    /**
     * Returns once the schema is at this jar's version: migrated here, or by another node while this one waited.
     * Throws when that takes longer than {@code patience}.
     */
    public int bringUpToDate(Mode mode, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Optional<String> reported = Optional.empty();
        while (true) {
            Optional<String> holder = claimHolder();
            if (holder.isEmpty() && pending() == 0) {
                return 0;
            }
            if (holder.isEmpty() && mode == Mode.MIGRATE && claim()) {
                try {
                    int applied = flyway.migrate().migrationsExecuted;
                    LOG.info("Schema migrated to version {} ({} migrations applied)", version(), applied);
                    return applied;
                } finally {
                    release();
                }
            }
            if (holder.isPresent() && !holder.equals(reported)) {
                LOG.info("Waiting for the schema: {}. If that process is gone, run `xinsheng migrate --take-over`.",
                        holder.get());
                reported = holder;
            } else if (reported.isEmpty()) {
                LOG.info("Waiting for the schema: {} migrations to apply{}", pending(),
                        mode == Mode.WAIT ? "; run `xinsheng migrate`" : ", another node is applying them");
                reported = Optional.of("");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The database schema is not at this version after waiting " + patience
                        + holder.map(h -> " (" + h + ")").orElse("; run `xinsheng migrate`"));
            }
            sleep();
        }
    }

    /** Drops a claim left by a migrating process that died; answers whether there was one. */
    public boolean takeOver() {
        Optional<String> holder = claimHolder();
        if (holder.isPresent()) {
            LOG.warn("Taking over the schema from {}", holder.get());
            release();
        }
        return holder.isPresent();
    }

    /** Who holds the claim and since when, if anyone does. */
    Optional<String> claimHolder() {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT holder, claimed_at FROM " + CLAIM)) {
            return Optional.of(r.next() ? r.getString(1) + " is migrating it since " + r.getTimestamp(2).toInstant()
                    : "a node is migrating it");
        } catch (SQLException noClaim) {
            return Optional.empty(); // the table is not there: nobody is migrating
        }
    }

    private boolean claim() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + CLAIM + " (holder VARCHAR(200) NOT NULL PRIMARY KEY, claimed_at TIMESTAMP NOT NULL)");
            } catch (SQLException taken) {
                return false; // another node created it first
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + CLAIM + " VALUES (?, ?)")) {
                p.setString(1, ManagementFactory.getRuntimeMXBean().getName());
                p.setTimestamp(2, Timestamp.from(Instant.now()));
                p.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim the schema for migrating: " + e.getMessage(), e);
        }
    }

    private void release() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("DROP TABLE IF EXISTS " + CLAIM);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot release the schema claim (drop table " + CLAIM + "): "
                    + e.getMessage(), e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the schema", e);
        }
    }
}
