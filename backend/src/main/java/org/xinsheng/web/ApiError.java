package org.xinsheng.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** The one error shape every 4xx and 5xx answer has: a stable code, a sentence for people, and per-field reasons. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiError(String error, String message, Map<String, String> fields) {

    public ApiError {
        fields = fields == null ? Map.of() : fields;
    }

    /** The answer to a fault on our side, whichever part caught it. */
    public static ApiError internal() {
        return new ApiError("internal_error",
                "Something went wrong on our side. Try again: a retry with the same Idempotency-Key never files twice.",
                Map.of());
    }
}
