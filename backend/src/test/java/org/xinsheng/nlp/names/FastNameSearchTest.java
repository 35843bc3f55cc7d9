package org.xinsheng.nlp.names;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.xinsheng.nlp.NlpCommands;
import org.xinsheng.nlp.corpus.LabelledComplaint;
import org.xinsheng.nlp.text.TextNormalizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The employer finder's own search finds, on every dev text, the spans and probabilities NameFinderME finds. */
class FastNameSearchTest {

    @Test
    void everyDevTextGetsTheSameSpansAndProbabilitiesAsNameFinderME() {
        for (String lang : List.of("zh", "bo")) {
            EmployerNameFinder finder = EmployerNameFinder.fromClasspath(lang);
            assertTrue(finder.searchesFast(), lang + ": the packaged model takes the fast search with its own contexts");
            TokenNameFinderModel model = finder.model();
            BeamNameSearch fast = BeamNameSearch.of(model);
            assertNotNull(fast);
            NameFinderME reference = new NameFinderME(model);
            int compared = 0;
            for (LabelledComplaint line : NlpCommands.devSets()) {
                if (!line.lang().equals(lang)) {
                    continue;
                }
                String folded = TextNormalizer.fold(TextNormalizer.clip(line.text()));
                List<NameTokens.Token> tokens = NameTokens.of(folded);
                if (tokens.isEmpty()) {
                    continue;
                }
                String[] texts = NameTokens.texts(folded, tokens);
                Span[] expected = reference.find(texts);
                reference.clearAdaptiveData();
                Span[] actual = fast.find(texts);
                assertArrayEquals(expected, actual, line.text());
                for (int s = 0; s < expected.length; s++) {
                    assertEquals(expected[s].getProb(), actual[s].getProb(), line.text());
                }
                assertArrayEquals(finder.findSpanByNameFinderME(folded), finder.findSpan(folded), line.text());
                compared++;
            }
            assertTrue(compared > 400, lang + ": " + compared);
        }
    }
}
