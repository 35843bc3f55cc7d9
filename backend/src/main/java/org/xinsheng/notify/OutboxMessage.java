package org.xinsheng.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.xinsheng.intake.PhoneNumbers;

import java.time.Instant;

/** One SMS waiting in the outbox, or sent, or given up on. */
@MappedEntity("notification_outbox")
public record OutboxMessage(
        @Id @GeneratedValue @Nullable Long id,
        Long complaintId,
        String kind,
        String phone,
        @MappedProperty("lang") String language,
        String body,
        String state,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Instant claimedUntil,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {

    public static final String PENDING = "pending";
    public static final String SENDING = "sending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";

    public static OutboxMessage pending(Long complaintId, String kind, String phone, String language, String body,
                                        Instant now) {
        return new OutboxMessage(null, complaintId, kind, phone, language, body, PENDING, 0, now, null, null, now, null);
    }

    @Override
    public String toString() {
        return "OutboxMessage[" + id + ", " + kind + ", " + state + ", to " + PhoneNumbers.mask(phone) + "]";
    }
}
