package org.xinsheng.nlp;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;

/** What a complaint says, in the field names of the public contract (ARCHITECTURE.md). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
/**
 * {@code wageConfidence} is how sure the analyzer is that the text is about unpaid wages (0–1): routing redirects a
 * complaint only when it is sure it is not (see the jurisdiction's thresholds).
 */
public record Analysis(
        String language,
        @Nullable Boolean wageArrears,
        @Nullable Double wageConfidence,
        @Nullable String sector,
        @Nullable Double sectorConfidence,
        @Nullable String employer,
        @Nullable Long amountYuan,
        @Nullable Integer workers,
        @Nullable String township,
        @Nullable Boolean absconded) {

    public static final Set<String> LANGUAGES = Set.of("zh", "bo");

    /**
     * This analysis with every field the submitter set taken from {@code given} (a person's word beats the model's),
     * then made consistent: a non-wage complaint has sector not_wage, a wage complaint never does.
     */
    public Analysis overriddenBy(Analysis given) {
        Boolean wage = given.wageArrears() != null ? given.wageArrears()
                : given.sector() != null ? !"not_wage".equals(given.sector()) : wageArrears;
        String sectorOut = given.sector() != null ? given.sector() : sector;
        Double confidence = given.sector() != null
                ? (given.sectorConfidence() != null ? given.sectorConfidence() : Double.valueOf(1.0)) : sectorConfidence;
        if (Boolean.FALSE.equals(wage) && !"not_wage".equals(sectorOut)) {
            sectorOut = "not_wage";
            confidence = given.wageArrears() != null ? Double.valueOf(1.0) : confidence;
        } else if (Boolean.TRUE.equals(wage) && (sectorOut == null || "not_wage".equals(sectorOut))) {
            sectorOut = "other";
            confidence = null;
        }
        return new Analysis(
                given.language() != null ? given.language() : language,
                wage, given.wageArrears() == null ? wageConfidence : Double.valueOf(given.wageArrears() ? 1.0 : 0.0), sectorOut, confidence,
                given.employer() != null ? given.employer() : employer,
                given.amountYuan() != null ? given.amountYuan() : amountYuan,
                given.workers() != null ? given.workers() : workers,
                given.township() != null ? given.township() : township,
                given.absconded() != null ? given.absconded() : absconded);
    }

    /** This analysis with the named extracted fields ("employer", "amountYuan", "workers", "township") emptied. */
    public Analysis without(java.util.Set<String> fields) {
        if (fields.isEmpty()) {
            return this;
        }
        return new Analysis(language, wageArrears, wageConfidence, sector, sectorConfidence,
                fields.contains("employer") ? null : employer, fields.contains("amountYuan") ? null : amountYuan,
                fields.contains("workers") ? null : workers, fields.contains("township") ? null : township, absconded);
    }

    /** This analysis with another wage confidence (a person's word, or the analyzer's kept beside a filer's hints). */
    public Analysis withWageConfidence(@Nullable Double confidence) {
        return new Analysis(language, wageArrears, confidence, sector, sectorConfidence, employer, amountYuan, workers,
                township, absconded);
    }

    public static final Set<String> SECTORS = Set.of("construction", "transport", "water", "agriculture",
            "manufacturing", "services", "gig", "public_sector", "other", "not_wage");
}
