package org.xinsheng.cases;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.xinsheng.web.ErrorAnswers;
import org.xinsheng.web.JsonBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    private static final List<String> INBOX_PARAMETERS = List.of("limit", "cursor", "sort", "status", "unit", "risk",
            "overdue", "flag", "sector", "township", "from", "to", "q");

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

    /**
     * One page of the caller's cases (a JSON array of summaries), most at risk first, then by deadline; or by
     * deadline, or newest filed first. X-Total-Count holds all matches; Link the next page when there is one.
     */
    @Get(produces = MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "200", description = "One page of the caller's cases",
            content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = CaseViews.Summary.class))),
            headers = {@Header(name = "X-Total-Count", description = "All the caller's matches",
                    schema = @Schema(type = "integer")),
                    @Header(name = "Link", description = "<...&cursor=...>; rel=\"next\" while more pages follow",
                            schema = @Schema(type = "string"))})
    public HttpResponse<List<CaseViews.Summary>> inbox(
            HttpRequest<?> request, Authentication authentication,
            @Parameter(description = "1 to 200, default 50") @Nullable @QueryValue String limit,
            @Parameter(description = "from the Link header of the previous page") @Nullable @QueryValue String cursor,
            @Parameter(description = "risk (default), deadline or filed") @Nullable @QueryValue String sort,
            @Nullable @QueryValue String status, @Nullable @QueryValue String unit, @Nullable @QueryValue String risk,
            @Parameter(description = "true: only cases past their deadline") @Nullable @QueryValue String overdue,
            @Parameter(description = "e.g. needs_triage") @Nullable @QueryValue String flag,
            @Nullable @QueryValue String sector, @Nullable @QueryValue String township,
            @Parameter(description = "filed on or after, ISO date") @Nullable @QueryValue String from,
            @Parameter(description = "filed on or before, ISO date") @Nullable @QueryValue String to,
            @Parameter(description = "a tracking code, a complainant's mobile (handlers of the case only) or part of"
                    + " an employer's name") @Nullable @QueryValue String q) {
        Map<String, String> given = new LinkedHashMap<>();
        request.getParameters().forEach((name, values) -> {
            if (INBOX_PARAMETERS.contains(name) && !values.isEmpty()) {
                given.put(name, values.get(0));
            }
        });
        InboxPage page = cases.inbox(staff.current(authentication), InboxQuery.parse(given, jurisdiction),
                Instant.now());
        MutableHttpResponse<List<CaseViews.Summary>> response = HttpResponse.ok(page.cases())
                .header("X-Total-Count", Long.toString(page.total()))
                .header("Access-Control-Expose-Headers", "X-Total-Count, Link");
        if (page.next() != null) {
            given.put("cursor", page.next());
            StringBuilder link = new StringBuilder(request.getPath()).append('?');
            given.forEach((name, value) -> link.append(link.charAt(link.length() - 1) == '?' ? "" : "&")
                    .append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            response.header("Link", "<" + link + ">; rel=\"next\"");
        }
        return response;
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
