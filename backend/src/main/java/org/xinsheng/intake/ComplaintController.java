package org.xinsheng.intake;

import org.xinsheng.web.ErrorAnswers;
import org.xinsheng.web.JsonBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import org.xinsheng.ratelimit.Bucket;
import org.xinsheng.ratelimit.RateLimited;
import org.xinsheng.staff.StaffService;
import org.xinsheng.web.ApiException;

import java.util.Map;
import java.util.regex.Pattern;

@Controller("/api/v1/complaints")
@ErrorAnswers
@ExecuteOn(TaskExecutors.BLOCKING)
public class ComplaintController {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private final ComplaintRequestParser parser;
    private final IntakeService intake;
    private final StaffService staff;

    public ComplaintController(ComplaintRequestParser parser, IntakeService intake, StaffService staff) {
        this.staff = staff;
        this.parser = parser;
        this.intake = intake;
    }

    @RateLimited(Bucket.FILING)
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", description = "Filed (or the same answer again for a repeated Idempotency-Key)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FiledComplaint.class)))
    public HttpResponse<String> file(@RequestBody(content = @Content(mediaType = "application/json",
                                             schema = @Schema(ref = "#/components/schemas/ComplaintRequest")))
                                     @Nullable @Body String body, @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                     @Nullable Authentication authentication) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "validation_failed", "The Idempotency-Key header is not valid.",
                    Map.of("Idempotency-Key", "must be 1 to 100 printable ASCII characters"));
        }
        // A valid staff token (hotline console) may say the channel and override the analysis; anyone else files on
        // the web channel with hints only. A token of a switched-off account or from before a password change is 401.
        ComplaintRequest request;
        if (authentication != null) {
            staff.current(authentication);
            request = parser.parse(JsonBody.bytes(body));
        } else {
            request = parser.parsePublic(JsonBody.bytes(body));
        }
        String answer = intake.file(request, idempotencyKey);
        return HttpResponse.<String>status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON_TYPE).body(answer);
    }
}
