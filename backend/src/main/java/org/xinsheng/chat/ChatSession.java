package org.xinsheng.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A conversation as stored: the {@link Conversation} serialised as JSON in {@code state}; language, step and tracking
 * code are copied into columns for operators. The state holds the complainant's phone and name, so rows are purged
 * once the conversation has expired.
 */
@MappedEntity("chat_session")
public record ChatSession(
        @Id String id,
        @MappedProperty("lang") String language,
        String expecting,
        String state,
        @Nullable String trackingCode,
        Instant createdAt,
        Instant updatedAt) {

    /** Leaves the state out: it holds the complainant's phone and name. */
    @Override
    public String toString() {
        return "ChatSession[" + id + ", " + language + ", " + expecting + ", " + trackingCode + "]";
    }
}
