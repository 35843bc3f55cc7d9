package org.xinsheng.ratelimit;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides, in memory and without waiting for the database, whether a client may make one more request in a bucket
 * in the current fixed window (windows start at multiples of {@code xinsheng.rate-limit.window} since the epoch, the
 * same on every node). A client's count is what the database held for it at the last sync (every node's admitted
 * requests) plus what this node admitted since; {@link RateLimitSync} moves this node's share into the database and
 * reads the totals back. Refused requests are not counted. A limit of 0 switches a bucket off.
 */
@Context
@Requires(property = "xinsheng.rate-limit.enabled", notEquals = "false")
public class RateLimiter {

    private final Map<Bucket, Integer> limits = new EnumMap<>(Bucket.class);
    private final long windowMillis;
    private final ConcurrentHashMap<Slot, Counter> counters = new ConcurrentHashMap<>();

    public RateLimiter(@Value("${xinsheng.rate-limit.filing:20}") int filing,
                       @Value("${xinsheng.rate-limit.chat:60}") int chat,
                       @Value("${xinsheng.rate-limit.tracking:120}") int tracking,
                       @Value("${xinsheng.rate-limit.analysis:300}") int analysis,
                       @Value("${xinsheng.rate-limit.login:10}") int login,
                       @Value("${xinsheng.rate-limit.window:1m}") Duration window) {
        if (window.toMillis() < 1000) {
            throw new ConfigurationException("xinsheng.rate-limit.window must be at least 1s");
        }
        if (filing < 0 || chat < 0 || tracking < 0 || analysis < 0 || login < 0) {
            throw new ConfigurationException("xinsheng.rate-limit limits must be 0 (off) or more");
        }
        limits.put(Bucket.FILING, filing);
        limits.put(Bucket.CHAT, chat);
        limits.put(Bucket.TRACKING, tracking);
        limits.put(Bucket.ANALYSIS, analysis);
        limits.put(Bucket.LOGIN, login);
        this.windowMillis = window.toMillis();
    }

    /** One bucket's count for one client in one window. */
    record Slot(Bucket bucket, String client, long windowStart) {
    }

    /**
     * known: the database's total at the last read (this node's earlier share included); inFlight: being written now;
     * pending: admitted here since. Only the sync thread changes known and inFlight; each step of the sync adds
     * before it subtracts, so a concurrent reader may count a request twice for a moment, never zero times.
     */
    static final class Counter {
        final AtomicInteger pending = new AtomicInteger();
        final AtomicBoolean refused = new AtomicBoolean();
        volatile int inFlight;
        volatile int known;

        boolean tryAcquire(int limit) {
            for (;;) {
                int p = pending.get();
                if (known + inFlight + p >= limit) {
                    return false;
                }
                if (pending.compareAndSet(p, p + 1)) {
                    return true;
                }
            }
        }
    }

    /**
     * Admitted, or refused by a bucket with the seconds until its window ends; first: the first refusal of this
     * client in this bucket and window on this node (worth a log line).
     */
    public record Decision(boolean allowed, Bucket refusedBy, long retryAfterSeconds, boolean first) {
        static final Decision ALLOWED = new Decision(true, null, 0, false);
    }

    /** Counts the request in every bucket, or in none when one of them is full. */
    public Decision acquire(Bucket[] buckets, String client, long nowMillis) {
        long start = windowStart(nowMillis);
        List<Counter> taken = new ArrayList<>(buckets.length);
        for (Bucket bucket : buckets) {
            int limit = limits.get(bucket);
            if (limit == 0) {
                continue;
            }
            Counter counter = counters.computeIfAbsent(new Slot(bucket, client, start), s -> new Counter());
            if (!counter.tryAcquire(limit)) {
                taken.forEach(c -> c.pending.decrementAndGet());
                long retry = Math.max(1, (start + windowMillis - nowMillis + 999) / 1000);
                return new Decision(false, bucket, retry, counter.refused.compareAndSet(false, true));
            }
            taken.add(counter);
        }
        return Decision.ALLOWED;
    }

    long windowStart(long nowMillis) {
        return nowMillis - Math.floorMod(nowMillis, windowMillis);
    }

    long windowMillis() {
        return windowMillis;
    }

    /** A counter's share on its way to the database. */
    record Share(Slot slot, Counter counter, int delta) {
    }

    /**
     * Forgets windows that have ended and hands over every current counter with what this node admitted since the
     * last sync (often 0: the counter is still read back, to learn what other nodes counted).
     */
    List<Share> drain(long nowMillis) {
        long current = windowStart(nowMillis);
        List<Share> shares = new ArrayList<>();
        for (Iterator<Map.Entry<Slot, Counter>> it = counters.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Slot, Counter> e = it.next();
            if (e.getKey().windowStart() < current) {
                it.remove();
                continue;
            }
            Counter c = e.getValue();
            int delta = c.pending.get();
            c.inFlight += delta;
            c.pending.addAndGet(-delta);
            shares.add(new Share(e.getKey(), c, delta));
        }
        return shares;
    }

    /** The share is in the database; total is the window's count there now, when it could be read. */
    void written(Share share, Integer total) {
        Counter c = share.counter();
        c.known = total != null ? total : c.known + share.delta();
        c.inFlight -= share.delta();
    }

    /** The share could not be written: it waits for the next sync. */
    void unwritten(Share share) {
        Counter c = share.counter();
        c.pending.addAndGet(share.delta());
        c.inFlight -= share.delta();
    }
}
