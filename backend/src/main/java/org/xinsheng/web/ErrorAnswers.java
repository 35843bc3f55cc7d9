package org.xinsheng.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** On a controller: tells the OpenAPI document that its 4xx and 5xx answers have the {@link ApiError} shape. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiResponse(responseCode = "4XX", description = "A client error: {error, message, fields}",
        content = @Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/Error")))
@ApiResponse(responseCode = "5XX", description = "A fault on the server or its database: {error, message, fields}",
        content = @Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/Error")))
public @interface ErrorAnswers {
}
