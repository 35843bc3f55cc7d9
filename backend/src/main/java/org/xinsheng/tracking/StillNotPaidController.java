package org.xinsheng.tracking;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.xinsheng.cases.StillNotPaid;
import org.xinsheng.ratelimit.Bucket;
import org.xinsheng.ratelimit.RateLimited;
import org.xinsheng.web.ErrorAnswers;

/**
 * POST /api/v1/complaints/{code}/still-not-paid: the worker says the money of a resolved or closed case never came;
 * the case reopens with the lead unit. Answers the public view; 409 when the case is not resolved or closed.
 */
@Controller("/api/v1/complaints")
@ErrorAnswers
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class StillNotPaidController {

    private final TrackingService tracking;
    private final StillNotPaid stillNotPaid;

    public StillNotPaidController(TrackingService tracking, StillNotPaid stillNotPaid) {
        this.tracking = tracking;
        this.stillNotPaid = stillNotPaid;
    }

    @RateLimited({Bucket.FILING, Bucket.TRACKING})
    @Post(uri = "/{trackingCode}/still-not-paid", produces = MediaType.APPLICATION_JSON)
    public PublicComplaintView report(String trackingCode) {
        stillNotPaid.report(tracking.find(trackingCode));
        return tracking.publicView(trackingCode);
    }
}
