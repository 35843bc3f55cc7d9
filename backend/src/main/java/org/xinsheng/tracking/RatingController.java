package org.xinsheng.tracking;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.xinsheng.web.ErrorAnswers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.xinsheng.ratelimit.Bucket;
import org.xinsheng.ratelimit.RateLimited;
import org.xinsheng.web.JsonBody;

import java.util.Set;

/** POST /api/v1/complaints/{code}/rating {"score":1..5,"comment"}: the complainant rates the handling, once. */
@Controller("/api/v1/complaints")
@ErrorAnswers
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class RatingController {

    private final RatingService ratings;
    private final JsonMapper json;

    public RatingController(RatingService ratings, JsonMapper json) {
        this.ratings = ratings;
        this.json = json;
    }

    @RateLimited({Bucket.FILING, Bucket.TRACKING})
    @ApiResponse(responseCode = "201", description = "Rating stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicComplaintView.class)))
    @Post(uri = "/{trackingCode}/rating", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<PublicComplaintView> rate(String trackingCode, @RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/Rating"))) @Nullable @Body String body) {
        JsonBody in = JsonBody.parse(json, body);
        in.onlyFields(Set.of("score", "comment"));
        Long score = in.wholeNumber("score", 1, 5).orElse(null);
        if (score == null && !in.hasError("score")) {
            in.reject("score", "is required: 1 (bad) to 5 (good)");
        }
        String comment = in.string("comment", 500).orElse(null);
        in.throwIfInvalid();
        return HttpResponse.<PublicComplaintView>status(HttpStatus.CREATED)
                .body(ratings.rate(trackingCode, score.intValue(), comment));
    }
}
