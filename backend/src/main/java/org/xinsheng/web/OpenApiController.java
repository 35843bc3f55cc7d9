package org.xinsheng.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** GET /api/v1/openapi.yml: the OpenAPI 3 document the build wrote from the controllers (Micronaut OpenAPI). */
@Controller("/api/v1/openapi.yml")
@ErrorAnswers
@Secured(SecurityRule.IS_ANONYMOUS)
public class OpenApiController {

    static final String RESOURCE = "META-INF/swagger/xinsheng.yml";
    private static final String YAML = "application/yaml";

    private final byte[] document;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            document = in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(produces = YAML)
    @ApiResponse(responseCode = "200", description = "This document, OpenAPI 3 in YAML",
            content = @Content(mediaType = YAML, schema = @Schema(type = "string")))
    public HttpResponse<byte[]> document() {
        if (document == null) {
            throw ApiException.notFound("This build has no OpenAPI document.");
        }
        return HttpResponse.ok(document).contentType(YAML);
    }
}
