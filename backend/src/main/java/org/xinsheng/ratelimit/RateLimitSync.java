package org.xinsheng.ratelimit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.db.RetryOnConflict;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shares the rate-limit counts between nodes through the database, every {@code xinsheng.rate-limit.sync-interval}:
 * adds what this node admitted since the last run to its own (bucket, client, window, node) rows in one transaction
 * (no other node writes them, so nodes never conflict; rows in key order all the same), then reads back the totals
 * over all nodes of every client this node has seen in the current window. While the database cannot be reached, each node keeps counting on its own and
 * writes its share once it is back.
 */
@Singleton
@Requires(property = "xinsheng.rate-limit.enabled", notEquals = "false")
public class RateLimitSync {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitSync.class);
    private static final int CHUNK = 500;
    private static final Comparator<RateLimiter.Share> KEY_ORDER = Comparator
            .comparingLong((RateLimiter.Share s) -> s.slot().windowStart())
            .thenComparing(s -> s.slot().client())
            .thenComparing(s -> s.slot().bucket().key());

    private final RateLimiter limiter;
    private final RateLimitRepository counts;
    private final TransactionOperations<Connection> transactions;
    private final AtomicLong runs = new AtomicLong();
    /** This process's rows; a restarted node starts new ones (the old ones still count until their window ends). */
    private final String node = UUID.randomUUID().toString().replace("-", "");
    private volatile boolean failing;

    public RateLimitSync(RateLimiter limiter, RateLimitRepository counts,
                         TransactionOperations<Connection> transactions) {
        this.limiter = limiter;
        this.counts = counts;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelay = "${xinsheng.rate-limit.sync-interval:500ms}",
            initialDelay = "${xinsheng.rate-limit.sync-interval:500ms}")
    void run() {
        sync(System.currentTimeMillis());
    }

    /** One sync; answers whether it reached the database (or had nothing to do). */
    boolean sync(long nowMillis) {
        List<RateLimiter.Share> shares = limiter.drain(nowMillis);
        try {
            if (shares.isEmpty()) {
                return true;
            }
            List<RateLimiter.Share> writes = new ArrayList<>();
            for (RateLimiter.Share s : shares) {
                if (s.delta() != 0) {
                    writes.add(s);
                }
            }
            writes.sort(KEY_ORDER);
            try {
                if (!writes.isEmpty()) {
                    write(writes);
                }
            } catch (RuntimeException e) {
                shares.forEach(limiter::unwritten);
                failed(e);
                return false;
            }
            Map<RateLimiter.Slot, Integer> totals = new HashMap<>();
            boolean read = true;
            try {
                Map<Long, List<String>> clientsByWindow = new HashMap<>();
                for (RateLimiter.Share s : shares) {
                    clientsByWindow.computeIfAbsent(s.slot().windowStart(), w -> new ArrayList<>()).add(s.slot().client());
                }
                for (Map.Entry<Long, List<String>> e : clientsByWindow.entrySet()) {
                    long windowStart = e.getKey();
                    List<String> clients = e.getValue().stream().distinct().toList();
                    for (int i = 0; i < clients.size(); i += CHUNK) {
                        for (RateLimitRepository.Total t : counts.totals(windowStart, windowStart + limiter.windowMillis(),
                                clients.subList(i, Math.min(clients.size(), i + CHUNK)))) {
                            bucket(t.bucket()).ifPresent(b ->
                                    totals.put(new RateLimiter.Slot(b, t.client(), windowStart), t.hits()));
                        }
                    }
                }
            } catch (RuntimeException e) {
                read = false;
                failed(e);
            }
            for (RateLimiter.Share s : shares) {
                limiter.written(s, totals.get(s.slot()));
            }
            if (read && failing) {
                failing = false;
                LOG.info("Rate-limit counts are shared through the database again");
            }
            return read;
        } finally {
            runs.incrementAndGet();
        }
    }

    @RetryOnConflict
    void write(List<RateLimiter.Share> writes) {
        transactions.executeWrite(status -> {
            for (RateLimiter.Share s : writes) {
                long start = s.slot().windowStart();
                counts.add(s.slot().bucket().key(), s.slot().client(), start, node, s.delta(),
                        start + limiter.windowMillis());
            }
            return null;
        });
    }

    /** Deletes the rows of windows that have ended; several nodes doing it at once is harmless. */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void purge() {
        try {
            counts.deleteExpired(System.currentTimeMillis());
        } catch (RuntimeException e) {
            LOG.debug("Rate-limit purge failed, will try again: {}", e.toString());
        }
    }

    /** How many syncs have finished, for tests and diagnostics. */
    public long runs() {
        return runs.get();
    }

    private void failed(RuntimeException e) {
        if (!failing) {
            failing = true;
            LOG.warn("Cannot share rate-limit counts through the database; this node counts on its own until it can: {}",
                    e.toString());
        }
    }

    private static Optional<Bucket> bucket(String key) {
        for (Bucket b : Bucket.values()) {
            if (b.key().equals(key)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
