package org.xinsheng.notify;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.context.annotation.Value;

import java.time.Duration;
import java.time.Instant;

/** Runs the outbox sender on every node every few seconds (xinsheng.notify.interval); off with enabled: false. */
@Singleton
@Requires(property = "xinsheng.notify.enabled", notEquals = "false")
public class OutboxSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSchedule.class);

    private final OutboxSender sender;
    private final OutboxRepository outbox;
    private final Duration keep;

    public OutboxSchedule(OutboxSender sender, OutboxRepository outbox,
                          @Value("${xinsheng.notify.keep:90d}") Duration keep) {
        this.sender = sender;
        this.outbox = outbox;
        this.keep = keep;
    }

    /** Deletes texts sent (or given up on) longer ago than xinsheng.notify.keep: they carry phone numbers. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void purge() {
        try {
            int deleted = outbox.purgeDone(Instant.now().minus(keep));
            if (deleted > 0) {
                LOG.info("Deleted {} old SMS outbox rows", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox purge failed, will try again: {}", e.toString());
        }
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
