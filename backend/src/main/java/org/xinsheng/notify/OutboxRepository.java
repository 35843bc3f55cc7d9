package org.xinsheng.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxRepository extends CrudRepository<OutboxMessage, Long> {

    String DUE = "SELECT id FROM notification_outbox WHERE (state = 'pending' AND next_attempt_at <= :now) "
            + "OR (state = 'sending' AND claimed_until < :now) ORDER BY id LIMIT :limit";

    /** Due messages, locking them and passing over rows another sender holds (MariaDB 10.6+, H2 2.x). */
    @Query(DUE + " FOR UPDATE SKIP LOCKED")
    List<Long> lockDue(Instant now, int limit);

    /** The due messages themselves, locked the same way: a sender then claims them all with {@link #claimAll}. */
    @Query("SELECT * FROM notification_outbox WHERE (state = 'pending' AND next_attempt_at <= :now) "
            + "OR (state = 'sending' AND claimed_until < :now) ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<OutboxMessage> lockDueMessages(Instant now, int limit);

    /** Takes the given messages (locked by {@link #lockDueMessages} in this transaction) in one statement. */
    @Query("UPDATE notification_outbox SET state = 'sending', claimed_until = :until WHERE id IN (:ids) "
            + "AND ((state = 'pending' AND next_attempt_at <= :now) OR (state = 'sending' AND claimed_until < :now))")
    int claimAll(List<Long> ids, Instant now, Instant until);

    /** The same without the lock, for a database that refuses SKIP LOCKED; {@link #claim} still decides. */
    @Query(DUE)
    List<Long> findDue(Instant now, int limit);

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
