package org.xinsheng.nlp.classify;

import org.junit.jupiter.api.Test;
import org.xinsheng.nlp.NlpCommands;
import org.xinsheng.nlp.corpus.LabelledComplaint;
import org.xinsheng.nlp.text.Gazetteer;
import org.xinsheng.nlp.text.TextNormalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building only some families gives exactly those families' features out of all of them, in the same order. */
class SectorFeaturesTest {

    @Test
    void theCueFeaturesAndSectorsAreThoseOfEveryCueWordTheTextContains() {
        List<String[]> cues = Gazetteer.rows("sector-cues.tsv");
        int withCues = 0;
        for (LabelledComplaint line : NlpCommands.devSets()) {
            String folded = TextNormalizer.fold(TextNormalizer.clip(line.text()));
            List<String> expected = new ArrayList<>();
            Set<String> sectors = new HashSet<>();
            for (String[] cue : cues) {
                if (folded.contains(cue[2])) {
                    for (int k = 0; k < SectorFeatures.CUE_WEIGHT; k++) {
                        expected.add("cue=" + cue[0]);
                    }
                    if (!cue[0].equals("not_wage")) {
                        sectors.add(cue[0]);
                    }
                }
            }
            assertEquals(expected, List.of(SectorFeatures.of(line.lang(), folded, Set.of("cue"))), line.text());
            assertEquals(sectors, SectorFeatures.cueSectors(folded), line.text());
            assertEquals(!sectors.isEmpty(), SectorFeatures.hasIndustryCue(folded), line.text());
            withCues += sectors.isEmpty() ? 0 : 1;
        }
        assertTrue(withCues > 500, "dev texts naming an industry: " + withCues);
    }

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
