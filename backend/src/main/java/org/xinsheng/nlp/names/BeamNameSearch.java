package org.xinsheng.nlp.names;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
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

import java.util.Arrays;
import java.util.List;

/**
 * What {@code NameFinderME.find} does for one sentence, step for step (the same beam search, validator and span
 * decoding), with the contexts and their scores from {@link EmployerScorer}. The adaptive data NameFinderME keeps
 * between sentences is left out: the finder clears it after every text anyway. Not thread-safe: one per thread.
 */
final class BeamNameSearch {

    private static final String[][] NO_ADDITIONAL_CONTEXT = new String[0][0];

    private final BeamSearchContextGenerator<String> contexts;
    private final BeamSearch beam;
    private final SequenceValidator<String> validator;
    private final SequenceCodec<String> codec;

    private BeamNameSearch(TokenNameFinderModel model, MaxentModel maxent, BeamSearchContextGenerator<String> contexts) {
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.contexts = contexts;
        String beamSize = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        this.beam = new BeamSearch(beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize), maxent);
    }

    /**
     * The search for this model: through {@link EmployerScorer} when it scores a probe exactly as the model scores
     * OpenNLP's contexts, else through OpenNLP's contexts and model (as NameFinderME); null for a model that is not
     * a maxent (GIS) model.
     */
    static BeamNameSearch of(TokenNameFinderModel model) {
        if (!(model.getArtifact("nameFinder.model") instanceof GISModel gis)) {
            return null;
        }
        NameContextGenerator reference = openNlpContexts(model);
        EmployerScorer scorer = new EmployerScorer(gis);
        String[] probe = {"ལས", "དཔོན", "<num>", "李", "军", "abc", "X", "12", "欠", "工", "資", "ཀ", "ལས", "Abc"};
        String[] outcomes = new String[probe.length];
        for (int i = 0; i < probe.length; i++) {
            outcomes[i] = gis.getOutcome(i % gis.getNumOutcomes());
        }
        for (int i = 0; i < probe.length; i++) {
            String[] before = Arrays.copyOf(outcomes, i);
            double[] expected = gis.eval(reference.getContext(i, probe, before, NO_ADDITIONAL_CONTEXT));
            double[] actual = scorer.eval(scorer.getContext(i, probe, before, NO_ADDITIONAL_CONTEXT));
            if (!Arrays.equals(expected, actual)) {
                return new BeamNameSearch(model, gis, reference);
            }
        }
        return new BeamNameSearch(model, scorer, scorer);
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

    /** Whether the search goes through {@link EmployerScorer} (the packaged models' descriptor) or OpenNLP's contexts. */
    boolean ownContexts() {
        return contexts instanceof EmployerScorer;
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
