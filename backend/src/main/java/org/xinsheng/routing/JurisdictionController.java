package org.xinsheng.routing;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.xinsheng.web.ErrorAnswers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/jurisdiction: what the web app needs to present this county: its names, hotline, languages and
 * townships with the aliases people write. Staff (a valid token) also get every unit with its names. Public and
 * cacheable: the answer changes only when the jurisdiction file does, so it carries an ETag and If-None-Match gives 304.
 */
@Controller("/api/v1/jurisdiction")
@ErrorAnswers
@Secured(SecurityRule.IS_ANONYMOUS)
public class JurisdictionController {

    private final byte[] publicBody;
    private final byte[] staffBody;
    private final String publicTag;
    private final String staffTag;

    public JurisdictionController(Jurisdiction jurisdiction, JsonMapper json) {
        this.publicBody = write(json, view(jurisdiction, false));
        this.staffBody = write(json, view(jurisdiction, true));
        this.publicTag = tag(publicBody);
        this.staffTag = tag(staffBody);
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "200", description = "The county's public facts; staff also get its units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "#/components/schemas/Jurisdiction")))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public HttpResponse<byte[]> get(@Nullable Authentication staff,
                                    @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        boolean isStaff = staff != null;
        String tag = isStaff ? staffTag : publicTag;
        // Staff answers differ by token and must not sit in a shared cache; both revalidate cheaply with the ETag.
        String cacheControl = isStaff ? "private, no-cache" : "public, max-age=300";
        if (tag.equals(ifNoneMatch)) {
            return HttpResponse.<byte[]>notModified().header(HttpHeaders.ETAG, tag)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        }
        return HttpResponse.ok(isStaff ? staffBody : publicBody).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    }

    static Map<String, Object> view(Jurisdiction j, boolean forStaff) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", j.key());
        out.put("name", j.name());
        out.put("hotline", j.hotline());
        out.put("languages", j.languages());
        List<Map<String, Object>> townships = new ArrayList<>();
        for (Jurisdiction.Unit t : j.townships()) {
            Map<String, Object> township = new LinkedHashMap<>();
            township.put("key", t.key());
            township.put("name", t.name());
            township.put("aliases", t.aliases() == null ? List.of() : t.aliases());
            townships.add(township);
        }
        out.put("townships", townships);
        if (forStaff) {
            List<Map<String, Object>> units = new ArrayList<>();
            j.townships().forEach(t -> units.add(unit(t.key(), "township", t.name())));
            j.bureaus().forEach(b -> units.add(unit(b.key(), "bureau", b.name())));
            units.add(unit(j.taskForce().unit(), "task_force", j.taskForce().name()));
            out.put("units", units);
        }
        return out;
    }

    private static Map<String, Object> unit(String key, String kind, Map<String, String> name) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("key", key);
        unit.put("kind", kind);
        unit.put("name", name);
        return unit;
    }

    private static byte[] write(JsonMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
