package org.xinsheng.routing;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.xinsheng.web.ErrorAnswers;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.web.JsonBody;

import java.util.List;
import java.util.Set;

/**
 * POST /api/v1/routing/preview (staff): where a complaint with these analysis fields would go, for the hotline
 * console while the caller is still on the line. Body: any analysis field, plus {@code text} for the advice. A
 * "not wages" without a wageConfidence is the operator's word; with one below the threshold it is the analyzer's.
 */
@Controller("/api/v1/routing")
@ErrorAnswers
@SecurityRequirement(name = "staff")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class RoutingController {

    private static final Set<String> FIELDS = Set.of("text", "language", "wageArrears", "wageConfidence", "sector",
            "sectorConfidence",
            "employer", "amountYuan", "workers", "township", "absconded");

    private final Jurisdiction jurisdiction;
    private final JsonMapper json;

    public RoutingController(Jurisdiction jurisdiction, JsonMapper json) {
        this.jurisdiction = jurisdiction;
        this.json = json;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Preview(String status, List<UnitRole> assignments, List<String> flags, @Nullable String advice) {
    }

    @Serdeable
    public record UnitRole(String unit, String unitName, String role) {
    }

    @Post(uri = "/preview", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public Preview preview(@RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/RoutingPreview"))) @Nullable @Body String body) {
        JsonBody in = JsonBody.parse(json, body);
        in.onlyFields(FIELDS);
        String text = in.string("text", 2000).orElse(null);
        String language = in.oneOf("language", Analysis.LANGUAGES).orElse("zh");
        Analysis analysis = new Analysis(language, in.bool("wageArrears").orElse(null),
                in.number("wageConfidence", 0, 1).orElse(null),
                in.oneOf("sector", Analysis.SECTORS).orElse(null), in.number("sectorConfidence", 0, 1).orElse(null),
                in.string("employer", 200).orElse(null), in.wholeNumber("amountYuan", 0, 10_000_000_000L).orElse(null),
                in.wholeNumber("workers", 1, 100_000).map(Long::intValue).orElse(null),
                in.string("township", 32).orElse(null), in.bool("absconded").orElse(null));
        in.throwIfInvalid();
        Routing routing = Router.route(analysis, text, jurisdiction);
        return new Preview(routing.status(), routing.assignments().stream()
                .map(a -> new UnitRole(a.unit(), jurisdiction.unitName(a.unit(), "zh"), a.role())).toList(),
                routing.flags(), routing.advice());
    }
}
