package org.xinsheng.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
    public HttpResponse<String> file(@Nullable @Body byte[] body, @Nullable @Header("Idempotency-Key") String idempotencyKey,
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
            request = parser.parse(body);
        } else {
            request = parser.parsePublic(body);
        }
        String answer = intake.file(request, idempotencyKey);
        return HttpResponse.<String>status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON_TYPE).body(answer);
    }
}
