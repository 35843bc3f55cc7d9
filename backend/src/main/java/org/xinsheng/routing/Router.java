package org.xinsheng.routing;

import io.micronaut.core.annotation.Nullable;
import org.xinsheng.nlp.Analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The routing rules (DOMAIN.md rules 1–7) as one pure function of an analysis and a jurisdiction. Every complaint is
 * registered; a wage complaint goes to its township and its sector's bureau with the lead unit, plus police, task
 * force and legal aid by the flags; a non-wage complaint is redirected with advice; one that is neither yet stays
 * registered with the lead, who classifies it.
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

    private Router() {
    }

    public static Routing route(Analysis analysis, Jurisdiction jurisdiction) {
        return route(analysis, null, jurisdiction);
    }

    /** The text, when given, picks the advice for a non-wage complaint by the jurisdiction's keywords. */
    public static Routing route(Analysis analysis, @Nullable String text, Jurisdiction jurisdiction) {
        String language = analysis.language() == null ? "zh" : analysis.language();
        String lead = jurisdiction.units().lead();
        if (isNotWage(analysis)) {
            Jurisdiction.Advice advice = adviceFor(text, jurisdiction);
            return new Routing("redirected", List.of(new Assignment(lead, LEAD)), List.of(FLAG_NOT_WAGE),
                    advice.key(), advice.text(language));
        }
        if (!isWage(analysis)) {
            return new Routing("registered", List.of(new Assignment(lead, LEAD)), List.of(), null, null);
        }
        List<Assignment> assignments = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        if (jurisdiction.hasTownship(analysis.township())) {
            assignments.add(new Assignment(analysis.township(), TOWNSHIP));
        }
        String sector = analysis.sector() == null ? "other" : analysis.sector();
        jurisdiction.sectors().getOrDefault(sector, jurisdiction.sectors().get("other"))
                .forEach(bureau -> assignments.add(new Assignment(bureau, BUREAU)));
        assignments.add(new Assignment(lead, LEAD));
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
