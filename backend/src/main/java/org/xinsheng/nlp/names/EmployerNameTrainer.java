package org.xinsheng.nlp.names;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.xinsheng.nlp.corpus.LabelledComplaint;
import org.xinsheng.nlp.text.TextNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains an {@link EmployerNameFinder} from labelled wage complaints: each text becomes a sentence of
 * {@link NameTokens} with the labelled employer (if any) as its one name. Lines whose employer does not fall on
 * token boundaries (a Tibetan particle fused onto the name's last syllable) are left out.
 */
public final class EmployerNameTrainer {

    public static final String TYPE = "employer";
    private static final String FEATURES = "nlp/employer-features.xml";
    static final int ITERATIONS = Integer.getInteger("xinsheng.nlp.nameIterations", 100);
    static final int BEAM = Integer.getInteger("xinsheng.nlp.nameBeam", 3);

    private EmployerNameTrainer() {
    }

    public static EmployerNameFinder train(String lang, List<LabelledComplaint> lines) {
        List<NameSample> samples = new ArrayList<>();
        for (LabelledComplaint line : lines) {
            NameSample sample = sample(line);
            if (sample != null) {
                samples.add(sample);
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put("PrintMessages", false);
        params.put("BeamSize", BEAM);
        try {
            return new EmployerNameFinder(NameFinderME.train(lang, TYPE, ObjectStreamUtils.createObjectStream(samples),
                    params, new TokenNameFinderFactory(features(), Map.of(), new BioCodec())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] features() throws IOException {
        try (InputStream in = EmployerNameTrainer.class.getClassLoader().getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new IllegalStateException("missing on the classpath: " + FEATURES);
            }
            return in.readAllBytes();
        }
    }

    static NameSample sample(LabelledComplaint line) {
        if (!line.wageArrears()) {
            return null;
        }
        String folded = TextNormalizer.fold(TextNormalizer.clip(line.text()));
        List<NameTokens.Token> tokens = NameTokens.of(folded);
        if (tokens.isEmpty()) {
            return null;
        }
        Span[] names = new Span[0];
        if (line.employer() != null) {
            int at = line.text().indexOf(line.employer());
            int first = -1;
            int last = -1;
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).start() == at) {
                    first = k;
                }
                if (tokens.get(k).end() == at + line.employer().length()) {
                    last = k;
                }
            }
            if (at < 0 || first < 0 || last < first) {
                return null;
            }
            names = new Span[]{new Span(first, last + 1, TYPE)};
        }
        return new NameSample(NameTokens.texts(folded, tokens), names, true);
    }
}
