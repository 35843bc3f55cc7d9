package org.xinsheng.tracking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.xinsheng.cases.CaseEvent;
import org.xinsheng.cases.CaseEventRepository;
import org.xinsheng.cases.CaseFileRepository;
import org.xinsheng.cases.CaseMessages;
import org.xinsheng.intake.Complaint;
import org.xinsheng.web.ApiException;

import java.sql.Connection;
import java.time.Instant;
import java.util.Set;

/** The satisfaction survey (满意度调查): one rating per complaint, after it is resolved. */
@Singleton
public class RatingService {

    private static final Set<String> RATEABLE = Set.of("resolved", "closed");

    private final TrackingService tracking;
    private final CaseFileRepository files;
    private final CaseEventRepository events;
    private final TransactionOperations<Connection> transactions;

    public RatingService(TrackingService tracking, CaseFileRepository files, CaseEventRepository events,
                         TransactionOperations<Connection> transactions) {
        this.tracking = tracking;
        this.files = files;
        this.events = events;
        this.transactions = transactions;
    }

    public PublicComplaintView rate(String code, int score, @Nullable String comment) {
        transactions.executeWrite(status -> {
            Complaint complaint = tracking.find(code);
            if (!RATEABLE.contains(complaint.status())) {
                throw new ApiException(HttpStatus.CONFLICT, "not_resolved",
                        "A complaint can be rated once it is resolved.");
            }
            Instant now = Instant.now();
            if (files.rateOnce(complaint.id(), score, comment, now) == 0) {
                throw new ApiException(HttpStatus.CONFLICT, "already_rated", "This complaint has already been rated.");
            }
            events.save(CaseEvent.of(complaint.id(), now, complaint.status(), "rate", "complainant", null,
                    CaseMessages.text("rated", complaint.language())));
            return null;
        });
        return tracking.publicView(code);
    }
}
