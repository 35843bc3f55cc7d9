package org.xinsheng.tracking;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.xinsheng.intake.PhoneNumbers;
import org.xinsheng.ratelimit.Bucket;
import org.xinsheng.ratelimit.RateLimited;
import org.xinsheng.web.ErrorAnswers;
import org.xinsheng.web.JsonBody;

import java.util.Set;

/**
 * POST /api/v1/tracking/lost-code {"phone"}: texts that phone the codes it filed. Always 202 with the same body for a
 * valid number, filed or not, limited or not: the caller learns nothing about the number. Counted per client address
 * (filing and tracking buckets) and per phone ({@link LostCodes}).
 */
@Controller("/api/v1/tracking")
@ErrorAnswers
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class LostCodeController {

    /** The one answer to every valid request. */
    @Serdeable
    public record Accepted(String message) {
        static final Accepted ANSWER = new Accepted(
                "If this phone number filed complaints, a text with their tracking codes is on its way to it.");
    }

    private final LostCodes lostCodes;
    private final JsonMapper json;

    public LostCodeController(LostCodes lostCodes, JsonMapper json) {
        this.lostCodes = lostCodes;
        this.json = json;
    }

    @RateLimited({Bucket.FILING, Bucket.TRACKING})
    @ApiResponse(responseCode = "202", description = "Accepted: the codes are texted to that phone if it filed any (the same answer either way)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Accepted.class)))
    @Post(uri = "/lost-code", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Accepted> lostCode(@RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/LostCode"))) @Nullable @Body String body) {
        JsonBody in = JsonBody.parse(json, body);
        in.onlyFields(Set.of("phone"));
        String phone = PhoneNumbers.requiredMobile(in, "phone").orElse(null);
        in.throwIfInvalid();
        lostCodes.send(phone);
        return HttpResponse.status(HttpStatus.ACCEPTED).body(Accepted.ANSWER);
    }
}
