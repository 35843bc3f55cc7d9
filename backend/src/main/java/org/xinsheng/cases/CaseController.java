package org.xinsheng.cases;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.xinsheng.web.ErrorAnswers;
import org.xinsheng.web.JsonBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.staff.StaffService;
import org.xinsheng.web.ApiException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff case endpoints: the inbox, the whole case, the workflow actions and corrections of the analysis. A case not
 * the caller's is 404.
 */
@Controller("/api/v1/cases")
@ErrorAnswers
@SecurityRequirement(name = "staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CaseController {

    private static final List<String> STATUSES = List.of("registered", "assigned", "verifying", "handling",
            "resolved", "closed", "redirected");

    private final StaffService staff;
    private final CaseService cases;
    private final CaseActions actions;
    private final CaseCorrections corrections;
    private final JsonMapper json;
    private final Jurisdiction jurisdiction;

    public CaseController(StaffService staff, CaseService cases, CaseActions actions, CaseCorrections corrections,
                          JsonMapper json, Jurisdiction jurisdiction) {
        this.corrections = corrections;
        this.staff = staff;
        this.cases = cases;
        this.actions = actions;
        this.json = json;
        this.jurisdiction = jurisdiction;
    }

    /** The caller's cases, most at risk first, then by deadline; filters: status, unit, risk, flag (needs_triage). */
    @Get(produces = MediaType.APPLICATION_JSON)
    public List<CaseViews.Summary> inbox(Authentication authentication, @Nullable @QueryValue String status,
                                         @Nullable @QueryValue String unit, @Nullable @QueryValue String risk,
                                         @Nullable @QueryValue String flag) {
        Map<String, String> faults = new LinkedHashMap<>();
        if (status != null && !STATUSES.contains(status)) {
            faults.put("status", "must be one of " + String.join(", ", STATUSES));
        }
        if (unit != null && jurisdiction.unit(unit).isEmpty()) {
            faults.put("unit", "is not a unit of " + jurisdiction.key());
        }
        if (risk != null && !RiskLevels.ORDER.contains(risk)) {
            faults.put("risk", "must be one of " + String.join(", ", RiskLevels.ORDER));
        }
        if (flag != null && !flag.matches("[a-z_]{1,32}")) {
            faults.put("flag", "must be a flag such as needs_triage");
        }
        if (!faults.isEmpty()) {
            throw ApiException.invalid(faults);
        }
        return cases.inbox(staff.current(authentication), status, unit, risk, flag, Instant.now());
    }

    @Get(uri = "/{trackingCode}", produces = MediaType.APPLICATION_JSON)
    public CaseViews.Detail show(Authentication authentication, String trackingCode) {
        var caller = staff.current(authentication);
        return cases.detail(caller, cases.load(caller, trackingCode), Instant.now());
    }

    @Post(uri = "/{trackingCode}/actions", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public CaseViews.Detail act(Authentication authentication, String trackingCode, @RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/CaseAction"))) @Nullable @Body String body) {
        var caller = staff.current(authentication);
        cases.load(caller, trackingCode);
        return actions.take(caller, trackingCode, ActionRequest.parse(json, JsonBody.bytes(body), jurisdiction));
    }

    /** Corrects the analysis (any of its fields); routing runs again and the case follows. See {@link CorrectionRequest}. */
    @Post(uri = "/{trackingCode}/corrections", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public CaseViews.Detail correct(Authentication authentication, String trackingCode, @RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/Correction"))) @Nullable @Body String body) {
        var caller = staff.current(authentication);
        cases.load(caller, trackingCode);
        return corrections.correct(caller, trackingCode, CorrectionRequest.parse(json, JsonBody.bytes(body), jurisdiction));
    }
}
