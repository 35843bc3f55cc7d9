package org.xinsheng.intake;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class IdempotencyKeyPurgeTest {

    @Inject
    IdempotencyRepository keys;
    @Inject
    IdempotencyKeyPurge purge;

    @Test
    void keysAreKeptForTheRetentionPeriodAndForgottenAfter() {
        String old = "old-" + UUID.randomUUID();
        String dayOld = "day-" + UUID.randomUUID();
        keys.save(new IdempotencyRecord(old, "0".repeat(64), null, "{}", Instant.now().minus(Duration.ofDays(8))));
        keys.save(new IdempotencyRecord(dayOld, "0".repeat(64), null, "{}", Instant.now().minus(Duration.ofHours(25))));

        purge.purge();

        assertFalse(keys.existsById(old));
        assertTrue(keys.existsById(dayOld), "a key is kept at least 24 hours (7 days by default)");
    }
}
