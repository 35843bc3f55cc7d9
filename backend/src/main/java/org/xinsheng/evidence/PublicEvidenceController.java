package org.xinsheng.evidence;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.xinsheng.web.ErrorAnswers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.xinsheng.ratelimit.Bucket;
import org.xinsheng.ratelimit.RateLimited;
import org.xinsheng.tracking.TrackingService;
import org.xinsheng.web.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The worker adds a photo (欠条, wage slip, attendance sheet) to their complaint with its tracking code. Nobody reads
 * photos back here: only handlers of the units assigned to the case see them (/api/v1/cases/{code}/evidence).
 */
@Controller("/api/v1/complaints/{trackingCode}/evidence")
@ErrorAnswers
@ExecuteOn(TaskExecutors.BLOCKING)
public class PublicEvidenceController {

    private final TrackingService tracking;
    private final EvidenceService evidence;

    public PublicEvidenceController(TrackingService tracking, EvidenceService evidence) {
        this.tracking = tracking;
        this.evidence = evidence;
    }

    @RateLimited({Bucket.FILING, Bucket.TRACKING})
    @ApiResponse(responseCode = "201", description = "Photo stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EvidenceRepository.Listed.class)))
    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<EvidenceRepository.Listed> add(String trackingCode, @Nullable CompletedFileUpload photo) {
        Long complaintId = tracking.find(trackingCode).id();
        return HttpResponse.created(evidence.add(complaintId, bytes(photo), "complainant"));
    }

    static byte[] bytes(@Nullable CompletedFileUpload photo) {
        if (photo == null) {
            throw ApiException.invalid(Map.of("photo", "is required: the image as multipart part 'photo'"));
        }
        try {
            return photo.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
