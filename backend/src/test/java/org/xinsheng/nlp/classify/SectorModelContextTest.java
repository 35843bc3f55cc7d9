package org.xinsheng.nlp.classify;

import org.junit.jupiter.api.Test;
import org.xinsheng.nlp.NlpCommands;
import org.xinsheng.nlp.corpus.LabelledComplaint;
import org.xinsheng.nlp.text.TextNormalizer;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The categorizers asked through one shared feature table say, bit for bit, what OpenNLP's own categorizers say. */
class SectorModelContextTest {

    @Test
    void everyDevTextGetsTheSameProbabilitiesBothWays() {
        Map<String, SectorModel> models = Map.of("zh", SectorModel.fromClasspath("zh"), "bo", SectorModel.fromClasspath("bo"));
        assertTrue(models.get("zh").compiled() && models.get("bo").compiled(), "the packaged models compile to one table");
        int compared = 0;
        for (LabelledComplaint line : NlpCommands.devSets()) {
            String lang = line.lang();
            String[] features = SectorFeatures.of(lang, TextNormalizer.fold(TextNormalizer.clip(line.text())));
            SectorModel.Raw fast = models.get(lang).raw(features);
            SectorModel.Raw reference = models.get(lang).rawByCategorizers(features);
            assertEquals(reference.pNotWage(), fast.pNotWage(), line.text());
            assertEquals(reference.sectors().keySet(), fast.sectors().keySet());
            for (var e : reference.sectors().entrySet()) {
                assertEquals(e.getValue(), fast.sectors().get(e.getKey()), line.text());
            }
            compared++;
        }
        assertEquals(NlpCommands.devSets().size(), compared);
    }
}
