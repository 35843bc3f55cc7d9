package org.xinsheng.staff;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The answer to a login: the bearer token (OAuth-style field names) and who it belongs to. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LoginAnswer(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") int expiresIn,
        String username,
        String role,
        @Nullable String unit,
        @Nullable String unitName) {
}
