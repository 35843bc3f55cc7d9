package org.xinsheng.nlp.eval;

import org.xinsheng.nlp.NlpCommands;
import org.xinsheng.nlp.classify.SectorFeatures;
import org.xinsheng.nlp.classify.SectorModel;
import org.xinsheng.nlp.classify.SectorTrainer;
import org.xinsheng.nlp.corpus.Corpus;
import org.xinsheng.nlp.corpus.LabelledComplaint;
import org.xinsheng.nlp.text.TextNormalizer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** k-fold cross-validation of the sector categorizer on each language's training corpus. */
public final class CrossValidator {

    public static final int FOLDS = 5;

    private CrossValidator() {
    }

    public static int run(PrintStream out) {
        for (String lang : NlpCommands.LANGUAGES) {
            List<LabelledComplaint> lines = Corpus.fromClasspath(lang + "-train.jsonl").lines();
            int wageRight = 0;
            int sectorRight = 0;
            for (int fold = 0; fold < FOLDS; fold++) {
                List<LabelledComplaint> train = new ArrayList<>();
                List<LabelledComplaint> test = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    (i % FOLDS == fold ? test : train).add(lines.get(i));
                }
                SectorModel model = SectorTrainer.train(lang, train);
                for (LabelledComplaint gold : test) {
                    String folded = TextNormalizer.fold(gold.text());
                    SectorModel.Verdict v = model.classify(SectorFeatures.of(lang, folded),
                            SectorFeatures.hasIndustryCue(folded));
                    wageRight += v.wageArrears() == gold.wageArrears() ? 1 : 0;
                    sectorRight += v.sector().equals(gold.sector()) ? 1 : 0;
                }
            }
            out.printf(Locale.ROOT, "%s %d-fold cross-validation on %d complaints: wage acc %.3f, sector acc %.3f%n",
                    lang, FOLDS, lines.size(), wageRight / (double) lines.size(), sectorRight / (double) lines.size());
        }
        return 0;
    }
}
