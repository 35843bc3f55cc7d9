package org.xinsheng.cases;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Personal data is kept no longer than needed (PIPL): the name and phone of a case closed longer ago than
 * xinsheng.retention.keep-closed are erased, each with an audit event. The story, the amounts and the timeline stay
 * for the ledgers. Run it as {@code java -jar xinsheng.jar anonymize [--dry-run]}.
 */
@Singleton
public class Retention {

    private final RetentionRepository complaints;
    private final AuditRepository audit;
    private final Duration keepClosed;

    public Retention(RetentionRepository complaints, AuditRepository audit,
                     @Value("${xinsheng.retention.keep-closed:365d}") Duration keepClosed) {
        this.complaints = complaints;
        this.audit = audit;
        this.keepClosed = keepClosed;
    }

    public Instant cutoff(Instant now) {
        return now.minus(keepClosed);
    }

    /** The complaints that are (or, with dryRun, would be) anonymised. */
    @Transactional
    public List<Long> anonymize(Instant now, boolean dryRun) {
        List<Long> due = complaints.identifiableClosedBefore(cutoff(now));
        if (dryRun || due.isEmpty()) {
            return due;
        }
        complaints.forgetComplainants(due);
        for (Long id : due) {
            audit.save(new AuditEvent(null, now, "retention", "anonymize", id,
                    "name and phone erased " + keepClosed.toDays() + " days after closure"));
        }
        return due;
    }
}
