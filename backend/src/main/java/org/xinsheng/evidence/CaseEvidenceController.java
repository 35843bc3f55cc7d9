package org.xinsheng.evidence;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.xinsheng.web.ErrorAnswers;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.xinsheng.cases.CaseAccess;
import org.xinsheng.cases.CaseService;
import org.xinsheng.staff.StaffAccount;
import org.xinsheng.staff.StaffService;
import org.xinsheng.web.ApiException;

import java.util.List;

/**
 * A case's evidence photos, for the handlers of the units assigned to it only (like the complainant's name and phone):
 * a case not the caller's is 404, and supervisors, hotline and others who see the case but work no part of it get 403.
 */
@Controller("/api/v1/cases/{trackingCode}/evidence")
@ErrorAnswers
@SecurityRequirement(name = "staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CaseEvidenceController {

    private final StaffService staff;
    private final CaseService cases;
    private final EvidenceService evidence;

    public CaseEvidenceController(StaffService staff, CaseService cases, EvidenceService evidence) {
        this.staff = staff;
        this.cases = cases;
        this.evidence = evidence;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public List<EvidenceRepository.Listed> list(Authentication authentication, String trackingCode) {
        return evidence.list(assigned(staff.current(authentication), trackingCode));
    }

    @Get("/{id}")
    @ApiResponse(responseCode = "200", description = "The photo as stored, as a download (each view audited)",
            content = {@Content(mediaType = PhotoCleaner.STORED_TYPE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))})
    public HttpResponse<byte[]> photo(Authentication authentication, String trackingCode, Long id) {
        StaffAccount caller = staff.current(authentication);
        EvidencePhoto photo = evidence.read(assigned(caller, trackingCode), id, caller.username());
        return HttpResponse.ok(photo.data()).contentType(photo.contentType())
                .header("Content-Disposition", disposition(photo))
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff");
    }

    /**
     * Always a download under a name made here (never the uploader's): a browser never renders a stored file as a
     * page, whatever it holds (rows stored before photos were re-encoded included). An img tag shows it all the same.
     */
    static String disposition(EvidencePhoto photo) {
        String extension = PhotoCleaner.STORED_TYPE.equals(photo.contentType()) ? ".jpg"
                : "image/png".equals(photo.contentType()) ? ".png" : ".bin";
        return "attachment; filename=\"evidence-" + photo.id() + extension + "\"";
    }

    @ApiResponse(responseCode = "201", description = "Photo stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EvidenceRepository.Listed.class)))
    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<EvidenceRepository.Listed> add(Authentication authentication, String trackingCode,
                                                       @Nullable CompletedFileUpload photo) {
        StaffAccount caller = staff.current(authentication);
        Long id = assigned(caller, trackingCode);
        return HttpResponse.created(evidence.add(id, PublicEvidenceController.bytes(photo), caller.username()));
    }

    private Long assigned(StaffAccount caller, String trackingCode) {
        CaseService.Loaded c = cases.load(caller, trackingCode);
        if (!CaseAccess.seesContact(c.parts())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden",
                    "Evidence photos are shown only to handlers of the units assigned to the case.");
        }
        return c.complaint().id();
    }
}
