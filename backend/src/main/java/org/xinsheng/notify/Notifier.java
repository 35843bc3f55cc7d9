package org.xinsheng.notify;

import jakarta.inject.Singleton;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.TrackingCodes;

import java.time.Instant;

/**
 * Puts the worker's SMS in the outbox. Call it inside the transaction that files the complaint or moves its status:
 * the message row commits or rolls back with the change it reports.
 */
@Singleton
public class Notifier {

    private final OutboxRepository outbox;

    public Notifier(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    public void filed(Complaint complaint, Instant now) {
        queue(complaint, "filed", now);
    }

    /** A change of the public status; a status without a text (none today) sends nothing. */
    public void statusChanged(Complaint complaint, String status, Instant now) {
        String key = "status." + status;
        if (SmsTexts.has(key)) {
            queue(complaint, key, now);
        }
    }

    private void queue(Complaint complaint, String key, Instant now) {
        String code = TrackingCodes.format(complaint.trackingCode());
        outbox.save(OutboxMessage.pending(complaint.id(), key, complaint.complainantPhone(), complaint.language(),
                SmsTexts.text(key, complaint.language(), code), now));
    }
}
