package org.xinsheng.nlp;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;

/** What a complaint says, in the field names of the public contract (ARCHITECTURE.md). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Analysis(
        String language,
        @Nullable Boolean wageArrears,
        @Nullable String sector,
        @Nullable Double sectorConfidence,
        @Nullable String employer,
        @Nullable Long amountYuan,
        @Nullable Integer workers,
        @Nullable String township,
        @Nullable Boolean absconded) {

    public static final Set<String> LANGUAGES = Set.of("zh", "bo");

    public static final Set<String> SECTORS = Set.of("construction", "transport", "water", "agriculture",
            "manufacturing", "services", "gig", "public_sector", "other", "not_wage");
}
