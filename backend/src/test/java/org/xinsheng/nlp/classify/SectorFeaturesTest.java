package org.xinsheng.nlp.classify;

import org.junit.jupiter.api.Test;
import org.xinsheng.nlp.NlpCommands;
import org.xinsheng.nlp.corpus.LabelledComplaint;
import org.xinsheng.nlp.text.TextNormalizer;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building only some families gives exactly those families' features out of all of them, in the same order. */
class SectorFeaturesTest {

    @Test
    void theFamiliesBuiltAloneEqualThoseSelectedFromAll() {
        List<Set<String>> subsets = List.of(SectorFeatures.defaultFamilies("zh"), SectorFeatures.defaultFamilies("bo"),
                Set.of("wb", "c3"), Set.of("cue"), SectorFeatures.ALL_FAMILIES);
        for (LabelledComplaint line : NlpCommands.devSets()) {
            String folded = TextNormalizer.fold(TextNormalizer.clip(line.text()));
            String[] all = SectorFeatures.all(line.lang(), folded);
            assertTrue(all.length > 0, line.text());
            for (Set<String> families : subsets) {
                assertArrayEquals(SectorFeatures.select(all, families), SectorFeatures.of(line.lang(), folded, families),
                        families + " " + line.text());
            }
        }
    }
}
