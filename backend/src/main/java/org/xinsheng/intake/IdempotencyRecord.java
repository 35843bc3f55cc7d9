package org.xinsheng.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** The first answer given for an Idempotency-Key, kept to be replayed to retries of the same request. */
@MappedEntity("idempotency_key")
public record IdempotencyRecord(
        @Id @MappedProperty("idem_key") String key,
        String requestHash,
        @Nullable Long complaintId,
        @Nullable String responseBody,
        Instant createdAt) {
}
