package org.xinsheng.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What the bot says after a turn, and what it expects next (ARCHITECTURE.md, chat API). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChatReply(
        String sessionId,
        String language,
        List<Message> messages,
        String expecting,
        List<QuickReply> quickReplies,
        @Nullable String trackingCode) {

    @Serdeable
    public record Message(String text) {
    }

    /** A button: {@code label} is shown, {@code value} is sent back as the worker's text when pressed. */
    @Serdeable
    public record QuickReply(String label, String value) {
    }
}
