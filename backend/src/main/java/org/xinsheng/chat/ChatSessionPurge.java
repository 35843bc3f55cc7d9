package org.xinsheng.chat;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removes expired conversations every hour; several nodes doing it at once is harmless. */
@Singleton
public class ChatSessionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSessionPurge.class);

    private final ChatService chats;

    public ChatSessionPurge(ChatService chats) {
        this.chats = chats;
    }

    @Scheduled(initialDelay = "7m", fixedDelay = "1h")
    void purge() {
        long removed = chats.purgeExpired();
        if (removed > 0) {
            LOG.info("Removed {} expired chat conversations", removed);
        }
    }
}
