package org.xinsheng.notify;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/** Runs the outbox sender on every node every few seconds (xinsheng.notify.interval); off with enabled: false. */
@Singleton
@Requires(property = "xinsheng.notify.enabled", notEquals = "false")
public class OutboxSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxSender sender;

    public OutboxSchedule(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelay = "${xinsheng.notify.interval:10s}", initialDelay = "${xinsheng.notify.interval:10s}")
    void send() {
        try {
            while (sender.runOnce(Instant.now()) > 0) {
                // keep going while there is a backlog
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox run failed, will try again: {}", e.toString());
        }
    }
}
