package org.xinsheng.employers;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.intake.Complaint;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Complaints filed before employer links existed (V21) are linked after startup, oldest first, as if filed then. Names
 * without a key are looked at again on each start. Nodes starting together may race for one complaint: the loser's
 * insert (keyed by complaint) fails and is skipped.
 *
 * <p>Finding them reads every complaint (no index says which complaints name an employer): one pass over the table
 * for the id and name (8 to 17 s on H2 at 1,000,000 on 2 cores), and only the complaints whose name has a key are
 * loaded and sorted. It runs in the background after the start, so a node answers without waiting for it.
 */
@Singleton
public class EmployerBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(EmployerBackfill.class);
    private static final int LOAD_AT_ONCE = 500;
    private static final int COUNT_AT_ONCE = 5000;

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Unlinked extends GenericRepository<Complaint, Long> {

        /** Every complaint that names an employer and has no link: id and name only, in one pass over the table. */
        @Query("SELECT c.id, c.employer FROM complaint c USE INDEX () LEFT JOIN employer_link l"
                + " ON l.complaint_id = c.id WHERE l.complaint_id IS NULL AND c.employer IS NOT NULL")
        List<Candidate> find();

        @Query("SELECT c.* FROM complaint c WHERE c.id IN (:ids)")
        List<Complaint> load(List<Long> ids);
    }

    @Introspected
    public record Candidate(long id, String employer) {
    }

    private final Unlinked unlinked;
    private final EmployerLinks links;
    private final TransactionOperations<Connection> transactions;
    private final ExecutorService background;
    private final EmployerTally tally;

    public EmployerBackfill(Unlinked unlinked, EmployerLinks links, TransactionOperations<Connection> transactions,
                            @Named(TaskExecutors.SCHEDULED) ExecutorService background, EmployerTally tally) {
        this.unlinked = unlinked;
        this.links = links;
        this.tally = tally;
        this.transactions = transactions;
        this.background = background;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        background.execute(this::link);
    }

    /**
     * Counts the links written without the application (a bulk load after V32) into the employer tally, then links
     * every complaint whose employer's name has a key and that has no link yet; the number linked.
     */
    int link() {
        long started = System.nanoTime();
        long counted = countUnknown();
        List<Long> keyed;
        try {
            keyed = unlinked.find().stream().filter(n -> EmployerNames.key(n.employer()).isPresent())
                    .map(Candidate::id).toList();
        } catch (RuntimeException e) {
            LOG.warn("Cannot look for complaints without an employer link, the database is unavailable: {}", e.getMessage());
            return 0;
        }
        List<Complaint> pending = new ArrayList<>();
        for (int i = 0; i < keyed.size(); i += LOAD_AT_ONCE) {
            pending.addAll(unlinked.load(keyed.subList(i, Math.min(keyed.size(), i + LOAD_AT_ONCE))));
        }
        pending.sort(Comparator.comparing(Complaint::createdAt).thenComparing(Complaint::id));
        int linked = 0;
        for (Complaint complaint : pending) {
            try {
                transactions.executeWrite(status -> {
                    links.record(complaint, complaint.createdAt());
                    tally.follow(complaint.id()); // its status may have moved since it was read above
                    return null;
                });
                linked++;
            } catch (RuntimeException e) {
                LOG.debug("Complaint {} was linked elsewhere: {}", complaint.trackingCode(), e.getMessage());
            }
        }
        // the last of a start's background work; bench/scale waits for this line before it times reads
        LOG.info("Checked the employer links of earlier complaints in {} ms: linked {}, counted {} links written"
                + " without the application", (System.nanoTime() - started) / 1_000_000, linked, counted);
        return linked;
    }

    /** Links with no status copy, counted into the tally {@value #COUNT_AT_ONCE} a transaction; how many. */
    long countUnknown() {
        long counted = 0;
        long after = 0;
        try {
            while (true) {
                long from = after;
                EmployerTally.Counted batch = transactions.executeWrite(
                        status -> tally.countUnknown(from, COUNT_AT_ONCE));
                if (batch.links() == 0) {
                    return counted;
                }
                counted += batch.links();
                after = batch.last();
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot count the employer links written without the application: {}", e.getMessage());
            return counted;
        }
    }
}
