package org.xinsheng.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One request must not cost more than a few milliseconds, whatever its text: a run of 2,000 digits (the longest text
 * the API takes) once cost 283 ms, quadratic in the run's length. Times are this thread's CPU time, best of several
 * runs: wall-clock time on a busy machine stretches a long run over many time slices and a short one over none, which
 * failed the growth check with a linear analyzer; the growth check compares lengths, so it holds on any machine.
 */
class AnalysisCostTest {

    private static final Analyzer ANALYZER = SharedAnalyzer.get();
    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

    @BeforeAll
    static void warmUp() {
        for (int i = 0; i < 20; i++) {
            ANALYZER.analyze("老板欠我" + "1".repeat(500 + i));
        }
    }

    // ASCII, full-width and Tibetan digits, Chinese numerals, numbers with units, letters and spaces
    @ParameterizedTest
    @ValueSource(strings = {"1", "１", "༡", "一", "1万", "3k5 ", "五六", "0.", "1,"})
    void twoThousandCharactersOfNumbersAreAnalysedInUnder50Ms(String unit) {
        String text = run(unit, 2000);
        long best = bestOf(text);
        assertTrue(best < 50_000_000L, "2,000 characters of \"" + unit + "\" took " + best / 1_000_000 + " ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "一", "3k5 "})
    void costGrowsLinearlyWithTheRun(String unit) {
        long shortRun = bestOf(run(unit, 500));
        long longRun = bestOf(run(unit, 2000));
        // four times the length: linear is about 4x, quadratic about 16x
        assertTrue(longRun < 8 * Math.max(shortRun, 200_000L),
                "500 chars " + shortRun / 1000 + " µs, 2,000 chars " + longRun / 1000 + " µs");
    }

    private static String run(String unit, int length) {
        StringBuilder text = new StringBuilder("老板欠我");
        while (text.length() < length) {
            text.append(unit);
        }
        return text.substring(0, length);
    }

    private static long bestOf(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 7; i++) {
            long start = THREAD.getCurrentThreadCpuTime();
            ANALYZER.analyze(text);
            best = Math.min(best, THREAD.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
