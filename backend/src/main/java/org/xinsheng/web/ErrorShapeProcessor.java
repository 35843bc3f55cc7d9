package org.xinsheng.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;

/**
 * Gives the framework's own errors (unknown route, wrong method, malformed JSON, body too large, uncaught
 * exceptions) the API's error shape. The framework's messages can name internal classes, so clients get a fixed
 * sentence per status instead; the cause is logged by the framework. Requests Netty could not read never pass the
 * filters, so they get their status ({@link UnreadableRequests}) and the security headers here.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ErrorShapeProcessor implements ErrorResponseProcessor<ApiError> {

    private static final Map<Integer, String[]> BY_STATUS = Map.of(
            400, new String[]{"bad_request", "The request could not be read: check that the body is valid JSON with fields of the right types."},
            401, new String[]{"unauthorized", "Log in first."},
            403, new String[]{"forbidden", "This request is not allowed."},
            404, new String[]{"not_found", "There is nothing at this address."},
            405, new String[]{"method_not_allowed", "This address does not accept that method."},
            406, new String[]{"not_acceptable", "This address answers in JSON only."},
            413, new String[]{"payload_too_large", "The request is too large."},
            415, new String[]{"unsupported_media_type", "Send the body as application/json."},
            503, new String[]{"unavailable", "The service is briefly unavailable; try again shortly."});

    @Override
    @NonNull
    public MutableHttpResponse<ApiError> processResponse(@NonNull ErrorContext errorContext,
                                                         @NonNull MutableHttpResponse<?> response) {
        Optional<UnreadableRequests.Verdict> unreadable = UnreadableRequests.of(errorContext.getRequest());
        if (unreadable.isPresent()) {
            SecurityHeaders.addTo(response);
            return response.status(unreadable.get().status()).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(unreadable.get().error());
        }
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(errorFor(response.getStatus()));
    }

    /** The error shape of a status the framework answered on its own. */
    static ApiError errorFor(HttpStatus status) {
        String[] known = BY_STATUS.get(status.getCode());
        ApiError error;
        if (known != null) {
            error = new ApiError(known[0], known[1], Map.of());
        } else if (status.getCode() >= 500) {
            error = ApiError.internal();
        } else {
            error = new ApiError("http_" + status.getCode(), status.getReason(), Map.of());
        }
        return error;
    }
}
