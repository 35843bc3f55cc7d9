package org.xinsheng.intake;

import jakarta.inject.Singleton;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.routing.Jurisdiction;

import java.util.List;

/**
 * How intake weighs what an anonymous filer (web form, chat) set beside the text. Their fields are kept as what the
 * complaint says (a worker may well know the amount better than the analyzer read it), but the escalations that
 * bring in the police and the task force follow the analyzer's reading of the text: where the filer's amount,
 * workers or absconded would escalate otherwise than the analyzer's reading (one over the task-force threshold and
 * the other not, absconded said and not read or read and denied), routing uses the analyzer's value and the case is
 * flagged {@link #FLAG_MISMATCH}, so that staff look and escalate by hand (the assign action) if the filer was right.
 * Differences that change no escalation (3,000 read, 3,500 said; one worker read, two said) are not flagged: the
 * analyzer's headcount is often only a guess from "我" or "我们". Staff channels ({@link Channel#staff()}) are not
 * weighed: their fields override.
 */
@Singleton
public class PublicHints {

    public static final String FLAG_MISMATCH = "hint_mismatch";

    private final Jurisdiction jurisdiction;

    public PublicHints(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    /** What the complaint says, what routing may escalate on, and the flags this adds to the case. */
    public record Reading(Analysis analysis, Analysis forRouting, List<String> flags) {

        public static Reading trusted(Analysis analysis) {
            return new Reading(analysis, analysis, List.of());
        }
    }

    public Reading weigh(Analysis read, Analysis given) {
        Analysis hinted = read.overriddenBy(given);
        Jurisdiction.Thresholds limits = jurisdiction.thresholds();
        boolean amount = given.amountYuan() != null && atLeast(given.amountYuan(), limits.taskForceAmountYuan())
                != atLeast(read.amountYuan(), limits.taskForceAmountYuan());
        boolean workers = given.workers() != null && atLeast(given.workers(), limits.taskForceWorkers())
                != atLeast(read.workers(), limits.taskForceWorkers());
        boolean absconded = given.absconded() != null
                && !given.absconded().equals(Boolean.TRUE.equals(read.absconded()));
        if (!amount && !workers && !absconded) {
            return Reading.trusted(hinted);
        }
        Analysis forRouting = new Analysis(hinted.language(), hinted.wageArrears(), hinted.wageConfidence(),
                hinted.sector(), hinted.sectorConfidence(), hinted.employer(),
                amount ? read.amountYuan() : hinted.amountYuan(), workers ? read.workers() : hinted.workers(),
                hinted.township(), absconded ? read.absconded() : hinted.absconded());
        return new Reading(hinted, forRouting, List.of(FLAG_MISMATCH));
    }

    private static boolean atLeast(Number value, long threshold) {
        return value != null && value.longValue() >= threshold;
    }
}
