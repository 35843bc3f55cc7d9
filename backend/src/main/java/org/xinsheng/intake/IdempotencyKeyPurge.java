package org.xinsheng.intake;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Forgets Idempotency-Keys once no client can still be retrying with them. Keys are kept at least a day
 * (xinsheng.intake.idempotency-retention, default 7 days); several nodes purging at once is harmless.
 */
@Singleton
public class IdempotencyKeyPurge {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyPurge.class);
    private static final Duration MINIMUM = Duration.ofHours(24);

    private final IdempotencyRepository keys;
    private final Duration retention;

    public IdempotencyKeyPurge(IdempotencyRepository keys,
                               @Value("${xinsheng.intake.idempotency-retention:7d}") Duration retention) {
        this.keys = keys;
        this.retention = retention.compareTo(MINIMUM) < 0 ? MINIMUM : retention;
    }

    @Scheduled(initialDelay = "5m", fixedDelay = "1h")
    public long purge() {
        long removed = keys.deleteByCreatedAtLessThan(Instant.now().minus(retention));
        if (removed > 0) {
            LOG.info("Forgot {} idempotency keys older than {}", removed, retention);
        }
        return removed;
    }
}
