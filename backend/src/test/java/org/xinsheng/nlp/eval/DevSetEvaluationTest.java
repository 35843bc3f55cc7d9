package org.xinsheng.nlp.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinsheng.nlp.NlpCommands;
import org.xinsheng.nlp.SharedAnalyzer;
import org.xinsheng.nlp.corpus.Corpus;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pinned scores on the hand-written dev sets: each field at least what was measured when the models were last
 * trained, minus a small margin, so a regression fails. The dev sets' hashes are pinned too: a changed dev set
 * means these figures must be measured again (java -jar backend/target/xinsheng.jar nlp-eval).
 */
class DevSetEvaluationTest {

    private static final double MARGIN = 0.02;

    private static Evaluator.Report report;

    @BeforeAll
    static void evaluate() {
        report = Evaluator.evaluate(SharedAnalyzer.get(), NlpCommands.devSets());
    }

    @Test
    void devSetsAreTheOnesTheseFiguresWereMeasuredOn() {
        assertEquals("67746f44693e07e8013015639cd50a6f239083dcc0b7b1e5fadccf59d6fba47f", Corpus.fromClasspath("zh-dev.jsonl").sha256());
        assertEquals("f93e437142451c8bcf5b9713e8ff322bdb4c9358d6ff4aeaa4eefb850d84e94a", Corpus.fromClasspath("bo-dev.jsonl").sha256());
    }

    @Test
    void chineseScoresStayAtTheirMeasuredLevel() {
        assertAtLeast(report.byLanguage().get("zh"), Map.of(
                "language", ZH_LANGUAGE, "wage", ZH_WAGE, "sectorF1", ZH_SECTOR, "employer", ZH_EMPLOYER,
                "amount", ZH_AMOUNT, "workers", ZH_WORKERS, "township", ZH_TOWNSHIP, "absconded", ZH_ABSCONDED));
        // issue 13 asks 0.95 for Chinese on our own held-out set (README, "Measured")
        assertTrue(report.byLanguage().get("zh").score() >= 0.95, "measured 0.952; the issue's bar is 0.95");
    }

    @Test
    void tibetanScoresStayAtTheirMeasuredLevel() {
        assertAtLeast(report.byLanguage().get("bo"), Map.of(
                "language", BO_LANGUAGE, "wage", BO_WAGE, "sectorF1", BO_SECTOR, "employer", BO_EMPLOYER,
                "amount", BO_AMOUNT, "workers", BO_WORKERS, "township", BO_TOWNSHIP, "absconded", BO_ABSCONDED));
        assertTrue(report.byLanguage().get("bo").score() >= 0.92, "the issue's bar for Tibetan is 0.92");
    }

    private static void assertAtLeast(Scores s, Map<String, Double> measured) {
        Map<String, Double> got = Map.of("language", s.language(), "wage", s.wage(), "sectorF1", s.sectorMacroF1(),
                "employer", s.employerExact(), "amount", s.amount(), "workers", s.workers(),
                "township", s.township(), "absconded", s.absconded());
        assertAll(measured.entrySet().stream().map(e -> () -> assertTrue(
                got.get(e.getKey()) >= e.getValue() - MARGIN,
                e.getKey() + ": " + got.get(e.getKey()) + " fell below the measured " + e.getValue())));
    }

    // Measured with nlp-eval on the dev sets (see the class comment).
    private static final double ZH_LANGUAGE = 1.000;
    private static final double ZH_WAGE = 0.968;
    private static final double ZH_SECTOR = 0.918;
    private static final double ZH_EMPLOYER = 0.929;
    private static final double ZH_AMOUNT = 0.929;
    private static final double ZH_WORKERS = 0.952;
    private static final double ZH_TOWNSHIP = 0.988;
    private static final double ZH_ABSCONDED = 0.976;
    private static final double BO_LANGUAGE = 1.000;
    private static final double BO_WAGE = 0.976;
    private static final double BO_SECTOR = 0.892;
    private static final double BO_EMPLOYER = 0.849;
    private static final double BO_AMOUNT = 0.893;
    private static final double BO_WORKERS = 0.939;
    private static final double BO_TOWNSHIP = 0.987;
    private static final double BO_ABSCONDED = 0.952;
}
