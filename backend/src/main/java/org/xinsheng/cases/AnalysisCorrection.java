package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A staff correction kept as a labelled example: the story without the complainant's name or phone, and the full
 * corrected label in the corpus fields (nlp-schema.md), with who corrected it (staff only; never exported).
 */
@MappedEntity("analysis_correction")
public record AnalysisCorrection(
        @Id @GeneratedValue @Nullable Long id,
        Long complaintId,
        Instant createdAt,
        @Nullable String unit,
        String username,
        String changed,
        @MappedProperty("story") String text,
        @MappedProperty("lang") String language,
        boolean wageArrears,
        String sector,
        @Nullable String employer,
        @Nullable Long amountYuan,
        @Nullable Integer workers,
        @Nullable String township,
        boolean absconded) {
}
