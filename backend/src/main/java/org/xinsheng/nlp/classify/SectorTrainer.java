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
import java.util.List;

/**
 * Trains a sector categorizer (OpenNLP doccat over {@link SectorFeatures}) from labelled complaints. Naive Bayes is
 * the default because it measured best on the hand-written dev sets (maxent fits the generated training templates
 * too closely); -Dxinsheng.nlp.algorithm=MAXENT and the iteration/cutoff properties are there to re-measure.
 */
public final class SectorTrainer {

    public static final int ITERATIONS = Integer.getInteger("xinsheng.nlp.iterations", 300);
    public static final int CUTOFF = Integer.getInteger("xinsheng.nlp.cutoff", 1);
    public static final String ALGORITHM = System.getProperty("xinsheng.nlp.algorithm", "NAIVEBAYES");

    private SectorTrainer() {
    }

    public static SectorModel train(String lang, List<LabelledComplaint> lines) {
        List<DocumentSample> samples = lines.stream()
                .map(l -> new DocumentSample(l.sector(), SectorFeatures.of(lang, TextNormalizer.fold(l.text()))))
                .toList();
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put("PrintMessages", false);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[]{new BagOfWordsFeatureGenerator()});
        try {
            DoccatModel model = DocumentCategorizerME.train(lang, ObjectStreamUtils.createObjectStream(samples),
                    params, factory);
            return new SectorModel(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
