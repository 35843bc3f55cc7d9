package org.xinsheng.tracking;

import org.xinsheng.web.ErrorAnswers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.xinsheng.ratelimit.Bucket;
import org.xinsheng.ratelimit.RateLimited;

@Controller("/api/v1/complaints")
@ErrorAnswers
@ExecuteOn(TaskExecutors.BLOCKING)
public class TrackingController {

    private final TrackingService tracking;

    public TrackingController(TrackingService tracking) {
        this.tracking = tracking;
    }

    @RateLimited(Bucket.TRACKING)
    @Get(uri = "/{trackingCode}", produces = MediaType.APPLICATION_JSON)
    public PublicComplaintView track(String trackingCode) {
        return tracking.publicView(trackingCode);
    }
}
