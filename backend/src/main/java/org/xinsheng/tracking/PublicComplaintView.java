package org.xinsheng.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What anyone holding the tracking code may see: where the complaint is, never who filed it. The police are never
 * among the units shown (whoever holds the code, an employer included, must not learn of a criminal referral):
 * {@code escalated} says that the case went further, without saying where. {@code rated}: the one rating was given.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PublicComplaintView(
        String trackingCode,
        String status,
        Instant createdAt,
        List<UnitRole> assignments,
        boolean escalated,
        List<Step> timeline,
        boolean rated) {

    /** unitName is the Chinese name; names holds it in every language the county writes ({zh, bo}). */
    @Serdeable
    public record UnitRole(String unit, String unitName, String role, Map<String, String> names) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Step(Instant at, String status, @Nullable String note) {
    }
}
