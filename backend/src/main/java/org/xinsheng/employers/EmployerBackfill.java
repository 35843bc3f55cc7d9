package org.xinsheng.employers;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.intake.Complaint;

import java.sql.Connection;
import java.util.List;

/**
 * Complaints filed before employer links existed (V21) are linked at startup, oldest first, as if filed then. Names
 * without a key are looked at again on each start (cheap at county scale). Nodes starting together may race for one
 * complaint: the loser's insert (keyed by complaint) fails and is skipped.
 */
@Singleton
public class EmployerBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(EmployerBackfill.class);

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Unlinked extends GenericRepository<Complaint, Long> {

        @Query("SELECT c.* FROM complaint c LEFT JOIN employer_link l ON l.complaint_id = c.id "
                + "WHERE l.complaint_id IS NULL AND c.employer IS NOT NULL ORDER BY c.created_at, c.id")
        List<Complaint> find();
    }

    private final Unlinked unlinked;
    private final EmployerLinks links;
    private final TransactionOperations<Connection> transactions;

    public EmployerBackfill(Unlinked unlinked, EmployerLinks links, TransactionOperations<Connection> transactions) {
        this.unlinked = unlinked;
        this.links = links;
        this.transactions = transactions;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        List<Complaint> pending;
        try {
            pending = unlinked.find();
        } catch (RuntimeException e) {
            LOG.warn("Cannot look for complaints without an employer link, the database is unavailable: {}", e.getMessage());
            return;
        }
        int linked = 0;
        for (Complaint complaint : pending) {
            if (EmployerNames.key(complaint.employer()).isEmpty()) {
                continue;
            }
            try {
                transactions.executeWrite(status -> {
                    links.record(complaint, complaint.createdAt());
                    return null;
                });
                linked++;
            } catch (RuntimeException e) {
                LOG.debug("Complaint {} was linked elsewhere: {}", complaint.trackingCode(), e.getMessage());
            }
        }
        if (linked > 0) {
            LOG.info("Linked {} complaints filed before employer links existed", linked);
        }
    }
}
