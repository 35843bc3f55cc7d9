package org.xinsheng.nlp.classify;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.xinsheng.nlp.corpus.LabelledComplaint;
import org.xinsheng.nlp.text.TextNormalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains a sector categorizer (OpenNLP doccat over {@link SectorFeatures}) from labelled complaints, and calibrates
 * it on out-of-fold outputs of a 5-fold cross-validation on the same lines. An algorithm is one of OpenNLP's
 * (NAIVEBAYES, MAXENT, MAXENT_QN, PERCEPTRON) or several joined by '+', whose probabilities are averaged.
 * The defaults per language are what measured best in cross-validation (nlp-models/README.md, nlp-cv --compare);
 * -Dxinsheng.nlp.algorithm.LANG re-measures.
 */
public final class SectorTrainer {

    public static final int FOLDS = 5;
    public static final int ITERATIONS = Integer.getInteger("xinsheng.nlp.iterations", 300);
    public static final int CUTOFF = Integer.getInteger("xinsheng.nlp.cutoff", 1);
    private static final Map<String, String> ALGORITHMS = Map.of(
            "zh", System.getProperty("xinsheng.nlp.algorithm.zh", "NAIVEBAYES+MAXENT_QN"),
            "bo", System.getProperty("xinsheng.nlp.algorithm.bo", "NAIVEBAYES+MAXENT_QN"));

    private SectorTrainer() {
    }

    public static String defaultAlgorithm(String lang) {
        return ALGORITHMS.get(lang);
    }

    /** The packaged configuration: default features and algorithm, calibrated by cross-validation. */
    public static SectorModel train(String lang, List<LabelledComplaint> lines) {
        List<String[]> features = lines.stream()
                .map(l -> SectorFeatures.of(lang, TextNormalizer.fold(l.text()))).toList();
        String algorithm = defaultAlgorithm(lang);
        List<SectorModel.Raw> oof = outOfFold(lang, lines, features, algorithm);
        Calibration calibration = calibrate(lines, oof);
        return new SectorModel(fit(lang, features, lines, algorithm), calibration);
    }

    /** Trains on all the lines but one fold at a time, and returns each line's output from the model that did not see it. */
    public static List<SectorModel.Raw> outOfFold(String lang, List<LabelledComplaint> lines, List<String[]> features,
                                                  String algorithm) {
        SectorModel.Raw[] out = new SectorModel.Raw[lines.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<String[]> trainFeatures = new ArrayList<>();
            List<LabelledComplaint> trainLines = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (i % FOLDS != fold) {
                    trainFeatures.add(features.get(i));
                    trainLines.add(lines.get(i));
                }
            }
            SectorModel model = new SectorModel(fit(lang, trainFeatures, trainLines, algorithm), Calibration.IDENTITY);
            for (int i = fold; i < lines.size(); i += FOLDS) {
                out[i] = model.raw(features.get(i));
            }
        }
        return List.of(out);
    }

    /** Platt scaling of the wage and sector probabilities, and how often "other" is right without an industry cue. */
    public static Calibration calibrate(List<LabelledComplaint> lines, List<SectorModel.Raw> oof) {
        List<Calibration.Point> wage = new ArrayList<>();
        List<Calibration.Point> sector = new ArrayList<>();
        int noCue = 0;
        int noCueOther = 0;
        for (int i = 0; i < lines.size(); i++) {
            LabelledComplaint gold = lines.get(i);
            SectorModel.Raw raw = oof.get(i);
            wage.add(new Calibration.Point(1 - raw.pNotWage(), gold.wageArrears()));
            if (!gold.wageArrears()) {
                continue;
            }
            String best = raw.best(SectorFeatures.cueSectors(TextNormalizer.fold(gold.text())));
            if (best != null) {
                sector.add(new Calibration.Point(raw.sectors().get(best), best.equals(gold.sector())));
            } else {
                noCue++;
                noCueOther += gold.sector().equals("other") ? 1 : 0;
            }
        }
        double[] w = Calibration.fit(wage);
        double[] s = Calibration.fit(sector);
        return new Calibration(w[0], w[1], s[0], s[1], (noCueOther + 1.0) / (noCue + 2.0));
    }

    public static List<DoccatModel> fit(String lang, List<String[]> features, List<LabelledComplaint> lines,
                                        String algorithm) {
        List<DocumentSample> samples = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            samples.add(new DocumentSample(lines.get(i).sector(), features.get(i)));
        }
        List<DoccatModel> models = new ArrayList<>();
        for (String one : algorithm.split("\\+")) {
            TrainingParameters params = new TrainingParameters();
            params.put(TrainingParameters.ALGORITHM_PARAM, one);
            params.put(TrainingParameters.ITERATIONS_PARAM, one.equals("MAXENT_QN") ? 100 : ITERATIONS);
            params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
            params.put("PrintMessages", false);
            if (one.equals("MAXENT_QN")) {
                params.put("L2Cost", Double.parseDouble(System.getProperty("xinsheng.nlp.l2", "1.0")));
                params.put("Threads", 1);
            }
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[]{new BagOfWordsFeatureGenerator()});
            try {
                models.add(DocumentCategorizerME.train(lang, ObjectStreamUtils.createObjectStream(samples), params,
                        factory));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return models;
    }

    public static Set<String> families(String lang) {
        return SectorFeatures.defaultFamilies(lang);
    }
}
