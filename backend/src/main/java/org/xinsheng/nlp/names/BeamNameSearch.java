package org.xinsheng.nlp.names;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

import java.util.List;

/**
 * What {@code NameFinderME.find} does for one sentence, step for step (the same contexts, beam search, validator
 * and span decoding), with the contexts from {@link EmployerContexts} and the model in a {@link PrefixReusingModel}. The adaptive data NameFinderME keeps between
 * sentences is left out: the finder clears it after every text anyway. Not thread-safe: one per thread.
 */
final class BeamNameSearch {

    private static final String[][] NO_ADDITIONAL_CONTEXT = new String[0][0];

    private final BeamSearchContextGenerator<String> contexts;
    private final BeamSearch beam;
    private final SequenceValidator<String> validator;
    private final SequenceCodec<String> codec;

    private BeamNameSearch(TokenNameFinderModel model, PrefixReusingModel maxent,
                           BeamSearchContextGenerator<String> contexts) {
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.contexts = contexts;
        String beamSize = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        this.beam = new BeamSearch(beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize), maxent);
    }

    /** A search for this model, or null when its maxent model is not one {@link PrefixReusingModel} reproduces. */
    static BeamNameSearch of(TokenNameFinderModel model) {
        if (!(model.getArtifact("nameFinder.model") instanceof GISModel gis)) {
            return null;
        }
        PrefixReusingModel maxent = new PrefixReusingModel(gis);
        NameContextGenerator reference = openNlpContexts(model);
        String[] probe = {"ལས", "དཔོན", "<num>", "李", "军", "abc", "X", "12", "欠", "工", "資", "ཀ"};
        String[] outcomes = {"other", "employer-start", "employer-cont", "other", "employer-start", "other", "other",
                "employer-start", "employer-cont", "employer-cont", "other", "other"};
        EmployerContexts ours = new EmployerContexts();
        for (int i = 0; i < probe.length; i++) {
            String[] expected = reference.getContext(i, probe, java.util.Arrays.copyOf(outcomes, i), NO_ADDITIONAL_CONTEXT);
            if (!maxent.agreesWithModel(expected)) {
                return null;
            }
            if (!java.util.Arrays.equals(expected, ours.getContext(i, probe, java.util.Arrays.copyOf(outcomes, i), null))) {
                return new BeamNameSearch(model, maxent, reference);
            }
        }
        return new BeamNameSearch(model, maxent, new EmployerContexts());
    }

    /** The context generator NameFinderME builds for this model. */
    static NameContextGenerator openNlpContexts(TokenNameFinderModel model) {
        NameContextGenerator contexts = model.getFactory().createContextGenerator();
        // NameFinderME adds this generator too; with no additional context it yields nothing
        AdditionalContextFeatureGenerator additional = new AdditionalContextFeatureGenerator();
        additional.setCurrentContext(NO_ADDITIONAL_CONTEXT);
        contexts.addFeatureGenerator(new WindowFeatureGenerator(additional, 8, 8));
        return contexts;
    }

    /** Whether the contexts come from {@link EmployerContexts} (the packaged models' descriptor) or from OpenNLP. */
    boolean ownContexts() {
        return contexts instanceof EmployerContexts;
    }

    Span[] find(String[] tokens) {
        Sequence best = beam.bestSequence(tokens, NO_ADDITIONAL_CONTEXT, contexts, validator);
        List<String> outcomes = best.getOutcomes();
        Span[] spans = codec.decode(outcomes);
        double[] probs = best.getProbs();
        for (int s = 0; s < spans.length; s++) {
            double p = 0;
            for (int o = spans[s].getStart(); o < spans[s].getEnd(); o++) {
                p += probs[o];
            }
            p /= spans[s].length();
            spans[s] = new Span(spans[s], p);
        }
        return spans;
    }
}
