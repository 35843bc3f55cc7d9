package org.xinsheng.db;

import io.micronaut.context.annotation.Value;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes committed writes survive the process before an answer acknowledges them. On MariaDB and MySQL the commit
 * itself does that (InnoDB's log), so this does nothing. The embedded H2 database writes committed changes to its file
 * up to half a second later (its write delay), so a kill -9 lost filings already answered with a tracking code;
 * there, CHECKPOINT writes them to the file now (the operating system has them, so they survive the process, not
 * a power cut).
 * <p>
 * Filings that commit while a CHECKPOINT runs share the next one, so under load one write to the file covers many
 * (each write appends a chunk of tens of KB that H2 reuses only after its retention time, 45 s). Not H2's WRITE_DELAY
 * 0 instead: it writes on every commit of anything, alone, and stops H2's background thread that compacts the file.
 */
@Singleton
public class CommittedWrites {

    private final DataSource pool;
    private final boolean embedded;
    private final AtomicLong commits = new AtomicLong();
    private final Object writing = new Object();
    private long written;

    public CommittedWrites(DataSource dataSource, DataSourceResolver resolver,
                           @Value("${datasources.default.url}") String url) {
        this.pool = resolver.resolve(dataSource);
        this.embedded = url.startsWith("jdbc:h2:");
    }

    /** Call after a commit: returns once that commit (and all before it) is in the database file. */
    public void persist() {
        if (!embedded) {
            return;
        }
        long mine = commits.incrementAndGet();
        synchronized (writing) {
            if (written >= mine) {
                return; // a CHECKPOINT that started after this commit has finished
            }
            long covered = commits.get();
            checkpoint();
            written = covered;
        }
    }

    private void checkpoint() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write committed changes to the H2 file: " + e.getMessage(), e);
        }
    }
}
