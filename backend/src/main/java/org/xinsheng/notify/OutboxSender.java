package org.xinsheng.notify;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.db.RetryOnConflict;
import org.xinsheng.intake.PhoneNumbers;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Delivers the outbox at least once. A batch of due messages is claimed in a short transaction (SELECT … FOR UPDATE
 * SKIP LOCKED, so competing nodes pass over each other's rows; each row is then taken by a conditional UPDATE, which
 * alone would keep two senders apart on a database without SKIP LOCKED). Sending happens outside the transaction; a
 * failure puts the message back with an exponential backoff, and after the last attempt it is marked failed. A
 * sender that dies mid-batch leaves rows in 'sending' until their claim runs out; then another sender takes them.
 */
@Singleton
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final SmsGateway gateway;
    private final TransactionOperations<Connection> transactions;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration maxBackoff;
    private final Duration lease;
    private volatile Boolean skipLocked;

    public OutboxSender(OutboxRepository outbox, SmsGateway gateway, TransactionOperations<Connection> transactions,
                        @Value("${xinsheng.notify.batch-size:20}") int batchSize,
                        @Value("${xinsheng.notify.max-attempts:8}") int maxAttempts,
                        @Value("${xinsheng.notify.backoff:30s}") Duration backoff,
                        @Value("${xinsheng.notify.max-backoff:6h}") Duration maxBackoff,
                        @Value("${xinsheng.notify.lease:2m}") Duration lease) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.transactions = transactions;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
        this.lease = lease;
    }

    /** Claims and sends one batch; answers how many messages it claimed. */
    public int runOnce(Instant now) {
        List<OutboxMessage> claimed = claim(now);
        for (OutboxMessage m : claimed) {
            deliver(m, Instant.now().isAfter(now) ? Instant.now() : now);
        }
        return claimed.size();
    }

    @RetryOnConflict
    List<OutboxMessage> claim(Instant now) {
        if (skipLocked == null) { // asked outside the claim's transaction; throws (and asks again next run) when down
            skipLocked = probeSkipLocked(now);
        }
        return transactions.executeWrite(status -> {
            if (skipLocked) {
                // The rows are locked until commit, so the conditional claim takes each of them: two statements a batch.
                List<OutboxMessage> due = outbox.lockDueMessages(now, batchSize);
                if (due.isEmpty()) {
                    return due;
                }
                List<Long> ids = due.stream().map(OutboxMessage::id).toList();
                int taken = outbox.claimAll(ids, now, now.plus(lease));
                if (taken != ids.size()) {
                    throw new IllegalStateException("Claimed " + taken + " of " + ids.size() + " locked outbox rows");
                }
                return due;
            }
            List<OutboxMessage> mine = new ArrayList<>();
            for (Long id : due(now)) {
                if (outbox.claim(id, now, now.plus(lease)) == 1) {
                    outbox.findById(id).ifPresent(mine::add);
                }
            }
            return mine;
        });
    }

    private List<Long> due(Instant now) {
        return outbox.findDue(now, batchSize);
    }

    /**
     * Whether this database accepts FOR UPDATE SKIP LOCKED; tried in a transaction of its own. Only when the same
     * query without the clause works is the answer "no" (a database that is merely down is asked again next run).
     */
    private boolean probeSkipLocked(Instant now) {
        try {
            transactions.executeWrite(status -> outbox.lockPending(now, 0));
            return true;
        } catch (RuntimeException refused) {
            transactions.executeRead(status -> outbox.findDue(now, 0)); // throws on, say, a database that is down
            LOG.warn("This database refuses FOR UPDATE SKIP LOCKED; outbox senders rely on the conditional claim alone");
            return false;
        }
    }

    private void deliver(OutboxMessage m, Instant now) {
        Optional<String> error;
        try {
            gateway.send(new Sms(m.id(), m.phone(), m.body()));
            error = Optional.empty();
        } catch (SmsGateway.SmsException e) {
            error = Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            error = Optional.of(e.getClass().getSimpleName());
        }
        if (error.isEmpty()) {
            outbox.markSent(m.id(), now);
            return;
        }
        int attempts = m.attempts() + 1;
        String reason = error.get().length() > 200 ? error.get().substring(0, 200) : error.get();
        if (attempts >= maxAttempts) {
            outbox.markFailedAttempt(m.id(), OutboxMessage.FAILED, now, reason);
            LOG.warn("SMS {} to {} failed for good after {} attempts: {}", m.id(), PhoneNumbers.mask(m.phone()),
                    attempts, reason);
        } else {
            outbox.markFailedAttempt(m.id(), OutboxMessage.PENDING, now.plus(delay(attempts)), reason);
            LOG.info("SMS {} to {} failed (attempt {}), will retry: {}", m.id(), PhoneNumbers.mask(m.phone()),
                    attempts, reason);
        }
    }

    /** For tests: claim as on a database without SKIP LOCKED (false), or ask the database again (null). */
    void useSkipLocked(Boolean use) {
        skipLocked = use;
    }

    /** Whether claims lock with SKIP LOCKED (known after the first run). */
    boolean usesSkipLocked() {
        return Boolean.TRUE.equals(skipLocked);
    }

    /** backoff, 2×backoff, 4×backoff … up to maxBackoff. */
    Duration delay(int attempts) {
        Duration d = backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
