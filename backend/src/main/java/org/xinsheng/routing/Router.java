package org.xinsheng.routing;

import io.micronaut.core.annotation.Nullable;
import org.xinsheng.nlp.Analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The routing rules (DOMAIN.md rules 1–7) as one pure function of an analysis and a jurisdiction. Every complaint is
 * registered; a wage complaint goes to its township and its sector's bureau with the lead unit, plus police, task
 * force and legal aid by the flags; a non-wage complaint is redirected with advice, but only when a person said so or
 * the analyzer is sure (its wage confidence below the jurisdiction's threshold, and no word of pay owed in the text).
 * Where the analyzer is unsure the complaint stays a wage complaint that the lead triages (flag needs_triage): an
 * unsure "not wages" goes to the lead and the township, an unsure sector to the township and the lead, who confirms
 * the bureau. One that is neither wage nor not-wage stays registered with the lead, who classifies it.
 */
public final class Router {

    public static final String TOWNSHIP = "township";
    public static final String BUREAU = "bureau";
    public static final String LEAD = "lead";
    public static final String POLICE = "police";
    public static final String LEGAL_AID = "legal_aid";
    public static final String TASK_FORCE = "task_force";

    public static final String FLAG_TASK_FORCE = "task_force";
    public static final String FLAG_POLICE = "police_referral";
    public static final String FLAG_LEGAL_AID = "legal_aid";
    public static final String FLAG_FAST_TRACK = "fast_track";
    public static final String FLAG_NOT_WAGE = "not_wage";
    /** The lead must look at it: {@link #FLAG_UNSURE_WAGE} or {@link #FLAG_UNSURE_SECTOR} says why. */
    public static final String FLAG_NEEDS_TRIAGE = "needs_triage";
    public static final String FLAG_UNSURE_WAGE = "unsure_wage";
    public static final String FLAG_UNSURE_SECTOR = "unsure_sector";
    public static final String FLAG_UNCLASSIFIED = "unclassified";

    /** Flags that routing sets (and a re-route may take away); any other flag on a case file is kept. */
    public static final Set<String> ROUTING_FLAGS = Set.of(FLAG_TASK_FORCE, FLAG_POLICE, FLAG_LEGAL_AID,
            FLAG_FAST_TRACK, FLAG_NOT_WAGE, FLAG_NEEDS_TRIAGE, FLAG_UNSURE_WAGE, FLAG_UNSURE_SECTOR, FLAG_UNCLASSIFIED);

    private Router() {
    }

    public static Routing route(Analysis analysis, Jurisdiction jurisdiction) {
        return route(analysis, null, jurisdiction);
    }

    /** The text, when given, picks the advice for a non-wage complaint and may hold words of pay owed. */
    public static Routing route(Analysis analysis, @Nullable String text, Jurisdiction jurisdiction) {
        String language = analysis.language() == null ? "zh" : analysis.language();
        String lead = jurisdiction.units().lead();
        if (isNotWage(analysis)) {
            if (surelyNotWage(analysis, text, jurisdiction)) {
                Jurisdiction.Advice advice = adviceFor(text, jurisdiction);
                return new Routing("redirected", List.of(new Assignment(lead, LEAD)), List.of(FLAG_NOT_WAGE),
                        advice.key(), advice.text(language));
            }
            return wage(analysis, language, FLAG_UNSURE_WAGE, jurisdiction);
        }
        if (!isWage(analysis)) {
            return new Routing("registered", List.of(new Assignment(lead, LEAD)),
                    List.of(FLAG_NEEDS_TRIAGE, FLAG_UNCLASSIFIED), null, null);
        }
        boolean unsureSector = analysis.sectorConfidence() != null
                && analysis.sectorConfidence() < jurisdiction.thresholds().confirmSectorBelow();
        return wage(analysis, language, unsureSector ? FLAG_UNSURE_SECTOR : null, jurisdiction);
    }

    /**
     * A wage complaint: township, the sector's bureau (not while the lead is yet to triage it), lead, and police,
     * task force and legal aid by the flags.
     */
    private static Routing wage(Analysis analysis, String language, @Nullable String unsure, Jurisdiction jurisdiction) {
        List<Assignment> assignments = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        if (unsure != null) {
            flags.add(FLAG_NEEDS_TRIAGE);
            flags.add(unsure);
        }
        if (jurisdiction.hasTownship(analysis.township())) {
            assignments.add(new Assignment(analysis.township(), TOWNSHIP));
        }
        if (unsure == null) {
            String sector = analysis.sector() == null ? "other" : analysis.sector();
            jurisdiction.sectors().getOrDefault(sector, jurisdiction.sectors().get("other"))
                    .forEach(bureau -> assignments.add(new Assignment(bureau, BUREAU)));
        }
        assignments.add(new Assignment(jurisdiction.units().lead(), LEAD));
        if (Boolean.TRUE.equals(analysis.absconded())) {
            assignments.add(new Assignment(jurisdiction.units().police(), POLICE));
            flags.add(FLAG_POLICE);
        }
        Jurisdiction.Thresholds limits = jurisdiction.thresholds();
        boolean big = (analysis.amountYuan() != null && analysis.amountYuan() >= limits.taskForceAmountYuan())
                || (analysis.workers() != null && analysis.workers() >= limits.taskForceWorkers());
        if (big) {
            assignments.add(new Assignment(jurisdiction.taskForce().unit(), TASK_FORCE));
            flags.add(FLAG_TASK_FORCE);
        } else if (analysis.amountYuan() != null && analysis.amountYuan() < limits.fastTrackBelowYuan()) {
            flags.add(FLAG_FAST_TRACK);
        }
        assignments.add(new Assignment(jurisdiction.units().legalAid(), LEGAL_AID));
        flags.add(FLAG_LEGAL_AID);
        String advice = jurisdiction.legalAidAdvice().getOrDefault(language, jurisdiction.legalAidAdvice().get("zh"));
        return new Routing("assigned", assignments, flags, FLAG_LEGAL_AID, advice);
    }

    /**
     * A person's "not wages" is taken as said (no wage confidence, or 0); the analyzer's only below the threshold,
     * and never for a text that speaks of pay owed in the jurisdiction's words.
     */
    static boolean surelyNotWage(Analysis analysis, @Nullable String text, Jurisdiction jurisdiction) {
        Double confidence = analysis.wageConfidence();
        if (confidence == null || confidence == 0.0) {
            return true;
        }
        if (confidence >= jurisdiction.thresholds().redirectBelowWageConfidence()) {
            return false;
        }
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return jurisdiction.wageWords().stream().noneMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)));
    }

    /**
     * The analysis with a person's answer on wages made certain: where the submitter or a staff member said whether
     * it is about wages (or named a sector, which says as much), the wage confidence is 1 for yes and 0 for no.
     */
    public static Analysis personsWord(Analysis analysis, Analysis given) {
        if (given.wageArrears() == null && given.sector() == null) {
            return analysis;
        }
        return analysis.withWageConfidence(Boolean.FALSE.equals(analysis.wageArrears()) ? 0.0 : 1.0);
    }

    public static boolean isNotWage(Analysis analysis) {
        return Boolean.FALSE.equals(analysis.wageArrears()) || "not_wage".equals(analysis.sector());
    }

    public static boolean isWage(Analysis analysis) {
        return !isNotWage(analysis) && (Boolean.TRUE.equals(analysis.wageArrears())
                || (analysis.sector() != null && !"other".equals(analysis.sector())));
    }

    /** The first advice with a keyword in the text; the catch-all (no keywords) otherwise. */
    static Jurisdiction.Advice adviceFor(@Nullable String text, Jurisdiction jurisdiction) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return jurisdiction.advice().stream()
                .filter(a -> a.keywords().stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT))))
                .findFirst()
                .orElseGet(() -> jurisdiction.advice().stream().filter(a -> a.keywords().isEmpty()).findFirst()
                        .orElseThrow());
    }
}
