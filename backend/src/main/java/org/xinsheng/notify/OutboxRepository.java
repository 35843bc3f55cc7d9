package org.xinsheng.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxRepository extends CrudRepository<OutboxMessage, Long> {

    // Due rows are read in two parts, each an index range on (state, …): pending rows whose time has come, and
    // rows whose sender's claim ran out. One query with an OR between them scanned the whole table on every poll,
    // sent and failed rows included (they are kept 90 days): a fifth of the CPU under a filing load.
    String PENDING = "FROM notification_outbox WHERE state = 'pending' AND next_attempt_at <= :now "
            + "ORDER BY next_attempt_at LIMIT :limit";
    String STALE = "FROM notification_outbox WHERE state = 'sending' AND claimed_until < :now LIMIT :limit";

    @Query("SELECT id " + PENDING + " FOR UPDATE SKIP LOCKED")
    List<Long> lockPending(Instant now, int limit);

    @Query("SELECT id " + PENDING)
    List<Long> findPending(Instant now, int limit);

    @Query("SELECT id " + STALE)
    List<Long> findStale(Instant now, int limit);

    /** Locks the given rows by primary key, passing over rows another sender holds, if they are still due. */
    @Query("SELECT * FROM notification_outbox WHERE id IN (:ids) AND ((state = 'pending' AND next_attempt_at <= :now) "
            + "OR (state = 'sending' AND claimed_until < :now)) ORDER BY id FOR UPDATE SKIP LOCKED")
    List<OutboxMessage> lockIfDue(List<Long> ids, Instant now);

    /**
     * Due messages, locked (MariaDB 10.6+, H2 2.x): found through the index without a lock, then locked by primary
     * key in id order, so two senders never wait on each other's index entries (which deadlocked on MariaDB).
     */
    default List<OutboxMessage> lockDueMessages(Instant now, int limit) {
        List<Long> due = findDue(now, limit);
        return due.isEmpty() ? List.of() : lockIfDue(due, now);
    }

    /** Due message ids without a lock, for a database that refuses SKIP LOCKED; {@link #claim} still decides. */
    default List<Long> findDue(Instant now, int limit) {
        List<Long> due = new ArrayList<>(findStale(now, limit));
        if (due.size() < limit) {
            due.addAll(findPending(now, limit - due.size()));
        }
        return due;
    }

    /** Takes the given messages (locked by {@link #lockDueMessages} in this transaction) in one statement. */
    @Query("UPDATE notification_outbox SET state = 'sending', claimed_until = :until WHERE id IN (:ids) "
            + "AND ((state = 'pending' AND next_attempt_at <= :now) OR (state = 'sending' AND claimed_until < :now))")
    int claimAll(List<Long> ids, Instant now, Instant until);

    /** Takes one message for this sender until {@code until}; 0 when another sender took it first. */
    @Query("UPDATE notification_outbox SET state = 'sending', claimed_until = :until WHERE id = :id "
            + "AND ((state = 'pending' AND next_attempt_at <= :now) OR (state = 'sending' AND claimed_until < :now))")
    int claim(Long id, Instant now, Instant until);

    @Query("UPDATE notification_outbox SET state = 'sent', sent_at = :at, attempts = attempts + 1, "
            + "claimed_until = NULL, last_error = NULL WHERE id = :id AND state = 'sending'")
    int markSent(Long id, Instant at);

    @Query("UPDATE notification_outbox SET state = :state, attempts = attempts + 1, next_attempt_at = :next, "
            + "claimed_until = NULL, last_error = :error WHERE id = :id AND state = 'sending'")
    int markFailedAttempt(Long id, String state, Instant next, @Nullable String error);

    List<OutboxMessage> findByComplaintIdOrderById(Long complaintId);

    /** Sent and failed texts hold phone numbers: they are kept for a while, then deleted. */
    @Query("DELETE FROM notification_outbox WHERE (state = 'sent' AND sent_at < :before) "
            + "OR (state = 'failed' AND next_attempt_at < :before)")
    int purgeDone(Instant before);
}
