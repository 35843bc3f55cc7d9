package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.web.JsonBody;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The body of POST /api/v1/cases/{code}/corrections: the analysis fields a staff member sets, each checked, every
 * fault reported at once. A field left out keeps the analyzer's value; employer, amountYuan, workers and township may
 * be sent as null to say the text names none. Sending a field unchanged confirms it (a person's word, certain).
 * {"wageArrears", "sector", "employer", "amountYuan", "workers", "township", "absconded", "note"}
 */
public record CorrectionRequest(Set<String> given, @Nullable Boolean wageArrears, @Nullable String sector,
                                @Nullable String employer, @Nullable Long amountYuan, @Nullable Integer workers,
                                @Nullable String township, @Nullable Boolean absconded, @Nullable String note) {

    static final List<String> ANALYSIS_FIELDS = List.of("wageArrears", "sector", "employer", "amountYuan", "workers",
            "township", "absconded");
    private static final Set<String> CLEARABLE = Set.of("employer", "amountYuan", "workers", "township");

    public static CorrectionRequest parse(JsonMapper json, byte[] body, Jurisdiction jurisdiction) {
        JsonBody in = JsonBody.parse(json, body);
        Set<String> allowed = new LinkedHashSet<>(ANALYSIS_FIELDS);
        allowed.add("note");
        in.onlyFields(allowed);
        Set<String> given = new LinkedHashSet<>();
        for (String field : ANALYSIS_FIELDS) {
            if (in.has(field)) {
                if (in.isNull(field) && !CLEARABLE.contains(field)) {
                    in.reject(field, "cannot be null");
                }
                given.add(field);
            }
        }
        Boolean wage = in.bool("wageArrears").orElse(null);
        String sector = in.oneOf("sector", Analysis.SECTORS).orElse(null);
        String employer = in.string("employer", 200).orElse(null);
        Long amount = in.wholeNumber("amountYuan", 0, 10_000_000_000L).orElse(null);
        Integer workers = in.wholeNumber("workers", 1, 100_000).map(Long::intValue).orElse(null);
        String township = in.string("township", 32).orElse(null);
        if (township != null && !jurisdiction.hasTownship(township)) {
            in.reject("township", "must be a township key of " + jurisdiction.key() + ": "
                    + String.join(", ", jurisdiction.townships().stream().map(Jurisdiction.Unit::key).toList()));
        }
        Boolean absconded = in.bool("absconded").orElse(null);
        String note = in.string("note", 300).orElse(null);
        if (Boolean.TRUE.equals(wage) && "not_wage".equals(sector)) {
            in.reject("sector", "cannot be not_wage for a complaint about wages");
        }
        if (Boolean.FALSE.equals(wage) && sector != null && !"not_wage".equals(sector)) {
            in.reject("sector", "must be not_wage (or left out) for a complaint that is not about wages");
        }
        if (given.isEmpty()) {
            in.reject(ANALYSIS_FIELDS.get(0), "give at least one of " + String.join(", ", ANALYSIS_FIELDS));
        }
        in.throwIfInvalid();
        return new CorrectionRequest(Set.copyOf(given), wage, sector, employer, amount, workers, township, absconded,
                note);
    }

    /**
     * The analysis with the staff member's fields, made consistent: not wages means sector not_wage; wages with no
     * sector yet is "other" at confidence 0, so the lead still confirms the bureau. What a person set is certain.
     */
    public Analysis applyTo(Analysis current) {
        boolean wageSet = given.contains("wageArrears");
        boolean sectorSet = given.contains("sector");
        Boolean wage = wageSet ? wageArrears : sectorSet ? Boolean.valueOf(!"not_wage".equals(sector))
                : current.wageArrears();
        String sectorOut = sectorSet ? sector : current.sector();
        Double sectorConfidence = sectorSet ? Double.valueOf(1.0) : current.sectorConfidence();
        if (Boolean.FALSE.equals(wage)) {
            if (!"not_wage".equals(sectorOut)) {
                sectorOut = "not_wage";
            }
            sectorConfidence = 1.0;
        } else if (Boolean.TRUE.equals(wage) && (sectorOut == null || "not_wage".equals(sectorOut))) {
            sectorOut = "other";
            sectorConfidence = 0.0;
        }
        Double wageConfidence = wageSet || sectorSet
                ? Double.valueOf(Boolean.FALSE.equals(wage) ? 0.0 : 1.0) : current.wageConfidence();
        return new Analysis(current.language(), wage, wageConfidence, sectorOut, sectorConfidence,
                given.contains("employer") ? employer : current.employer(),
                given.contains("amountYuan") ? amountYuan : current.amountYuan(),
                given.contains("workers") ? workers : current.workers(),
                given.contains("township") ? township : current.township(),
                given.contains("absconded") ? absconded : current.absconded());
    }

    /** "field: old → new" for every analysis field whose value differs, in the contract's field names. */
    public static List<String> changes(Analysis before, Analysis after) {
        List<String> changes = new ArrayList<>();
        change(changes, "wageArrears", before.wageArrears(), after.wageArrears());
        change(changes, "sector", before.sector(), after.sector());
        change(changes, "employer", before.employer(), after.employer());
        change(changes, "amountYuan", before.amountYuan(), after.amountYuan());
        change(changes, "workers", before.workers(), after.workers());
        change(changes, "township", before.township(), after.township());
        change(changes, "absconded", before.absconded(), after.absconded());
        return changes;
    }

    private static void change(List<String> changes, String field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }
}
