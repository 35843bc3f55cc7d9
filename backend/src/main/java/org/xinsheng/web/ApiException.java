package org.xinsheng.web;

import io.micronaut.http.HttpStatus;

import java.util.Map;
import java.util.Optional;

/** Thrown by services to answer with an {@link ApiError}; the status tells the client what went wrong. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, String> fields;
    private final Long retryAfterSeconds;

    public ApiException(HttpStatus status, String code, String message, Map<String, String> fields) {
        this(status, code, message, fields, null);
    }

    private ApiException(HttpStatus status, String code, String message, Map<String, String> fields,
                         Long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fields = fields == null ? Map.of() : Map.copyOf(fields);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429: the client may try again after this many seconds (sent as Retry-After, at least 1). */
    public static ApiException tooMany(String code, String message, long retryAfterSeconds) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, code, message, Map.of(), Math.max(1, retryAfterSeconds));
    }

    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }

    public ApiException(HttpStatus status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public static ApiException invalid(Map<String, String> fields) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation_failed",
                "Some fields are missing or not valid; see fields.", fields);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", message);
    }

    public HttpStatus status() {
        return status;
    }

    public ApiError toError() {
        return new ApiError(code, getMessage(), fields);
    }
}
