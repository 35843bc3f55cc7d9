package org.xinsheng.i18n;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/tibetan-review.md is what a native reviewer reads and answers: it must show the strings as they are now, so a
 * change to any Tibetan bundle regenerates it ({@code python3 nlp-models/tools/tibetan_review.py}).
 */
class TibetanReviewSheetTest {

    @Test
    void theReviewSheetShowsTheBundlesAsTheyAre() throws Exception {
        File root = new File("..").getCanonicalFile();
        File script = new File(root, "nlp-models/tools/tibetan_review.py");
        assertTrue(script.isFile(), script.toString());
        Process process;
        try {
            process = new ProcessBuilder("python3", script.getPath(), "--check").directory(root)
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException noPython) {
            Assumptions.abort("python3 is not installed: " + noPython.getMessage());
            return;
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the check did not finish");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
    }
}
