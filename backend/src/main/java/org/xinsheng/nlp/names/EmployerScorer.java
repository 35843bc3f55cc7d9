package org.xinsheng.nlp.names;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;

import java.util.Arrays;
import java.util.Map;

/**
 * The employer finder's contexts and their scores in one piece, for OpenNLP's beam search: it is both the context
 * generator and the model. OpenNLP would build some thirty feature strings per token and per sequence in the beam
 * (the descriptor in nlp-models generator.featuregen: token window 4/3, token-class window 2/2 with word and class,
 * outcome prior, previous map, bigrams, sentence begin and end, everything after the token window twice as OpenNLP
 * 2.5 emits it, then the previous-outcome features) and look each up in the model. Here each distinct token's and
 * token class's parameters are looked up once and kept, a token's own features are summed once for all the
 * sequences ({@link TokenParameters}), and only the previous-outcome parameters are added per sequence, in the very order of OpenNLP's context,
 * so the probabilities are bit for bit those of {@code GISModel.eval} on it. {@link BeamNameSearch} checks that on a
 * probe before using it, {@code FastNameSearchTest} on every dev text. The previous map is always empty (the finder
 * clears its adaptive data after every text). Not thread-safe: one per thread.
 */
final class EmployerScorer implements BeamSearchContextGenerator<String>, MaxentModel {

    /** What {@link #getContext} hands the beam search to pass back to {@link #eval}: the call is in the fields. */
    private static final String[] PENDING = new String[0];
    private static final int TOKEN_PREV = TokenParameters.TOKEN_PREV;
    private static final int TOKEN_NEXT = TokenParameters.TOKEN_NEXT;
    private static final int CLASS_WINDOW = TokenParameters.CLASS_WINDOW;
    private static final String OTHER = "other";

    private final GISModel model;
    private final Map<String, Context> parameters;
    private final int outcomes;
    private final double logUniform;
    private final Context[] previous;
    private final Context[] beforePrevious;
    private final Context prior;
    private final Context emptyPreviousMap;
    private final Context sentenceBegin;
    private final Context sentenceEnd;
    private final TokenParameters lookedUp;

    private String[] tokens;
    private TokenParameters.Token[] byToken;
    private TokenParameters.TokenClass[] byClass;
    private double[][] ownSums;
    private int index;
    private String[] priorDecisions;

    @SuppressWarnings("unchecked")
    EmployerScorer(GISModel model) {
        this.model = model;
        this.parameters = (Map<String, Context>) model.getDataStructures()[1];
        this.outcomes = model.getNumOutcomes();
        this.logUniform = StrictMath.log(1.0 / outcomes);
        this.previous = new Context[outcomes];
        this.beforePrevious = new Context[outcomes];
        for (int o = 0; o < outcomes; o++) {
            previous[o] = parameters.get("po=" + model.getOutcome(o));
            beforePrevious[o] = parameters.get("ppo=" + model.getOutcome(o));
        }
        this.prior = parameters.get("def");
        this.emptyPreviousMap = parameters.get("pd=null");
        this.sentenceBegin = parameters.get("S=begin");
        this.sentenceEnd = parameters.get("S=end");
        this.lookedUp = new TokenParameters(model, parameters);
    }

    @Override
    public String[] getContext(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
        if (sequence != tokens) {
            prepare(sequence);
        }
        this.index = index;
        this.priorDecisions = priorDecisions;
        return PENDING;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        if (context != PENDING) {
            return model.eval(context, probs);
        }
        double[] own = ownSums[index];
        if (own == null) {
            own = ownSums(index);
            ownSums[index] = own;
        }
        System.arraycopy(own, 0, probs, 0, outcomes);
        if (priorDecisions != null) {
            String po = index > 0 ? priorDecisions[index - 1] : OTHER;
            String ppo = index > 1 ? priorDecisions[index - 2] : OTHER;
            int p = model.getIndex(po);
            int pp = model.getIndex(ppo);
            add(p >= 0 ? previous[p] : parameters.get("po=" + po), probs);
            add(p >= 0 ? byToken[index].previousWith()[p] : parameters.get("pow=" + po + "," + tokens[index]), probs);
            add(p >= 0 ? byClass[index].previousWith()[p]
                    : parameters.get("powf=" + po + "," + byToken[index].tokenClass()), probs);
            add(pp >= 0 ? beforePrevious[pp] : parameters.get("ppo=" + ppo), probs);
        }
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            probs[o] = StrictMath.exp(probs[o]);
            normal += probs[o];
        }
        for (int o = 0; o < outcomes; o++) {
            probs[o] /= normal;
        }
        return probs;
    }

    private void prepare(String[] sequence) {
        tokens = sequence;
        byToken = new TokenParameters.Token[sequence.length];
        byClass = new TokenParameters.TokenClass[sequence.length];
        ownSums = new double[sequence.length][];
        for (int i = 0; i < sequence.length; i++) {
            byToken[i] = lookedUp.token(sequence[i]);
            byClass[i] = lookedUp.tokenClass(byToken[i].tokenClass());
        }
    }

    /** The uniform log prior plus every feature of token {@code i} that does not depend on the previous outcomes. */
    private double[] ownSums(int i) {
        int n = tokens.length;
        double[] sums = new double[outcomes];
        Arrays.fill(sums, logUniform);
        add(byToken[i].window()[0], sums);
        for (int k = 1; k <= TOKEN_PREV; k++) {
            if (i - k >= 0) {
                add(byToken[i - k].window()[k], sums);
            }
        }
        for (int k = 1; k <= TOKEN_NEXT; k++) {
            if (i + k < n) {
                add(byToken[i + k].window()[TOKEN_PREV + k], sums);
            }
        }
        Context wordBefore = i > 0 ? parameters.get("pw,w=" + tokens[i - 1] + "," + tokens[i]) : null;
        Context classBefore = i > 0
                ? parameters.get("pwc,wc=" + byToken[i - 1].tokenClass() + "," + byToken[i].tokenClass()) : null;
        Context wordAfter = i + 1 < n ? parameters.get("w,nw=" + tokens[i] + "," + tokens[i + 1]) : null;
        Context classAfter = i + 1 < n
                ? parameters.get("wc,nc=" + byToken[i].tokenClass() + "," + byToken[i + 1].tokenClass()) : null;
        for (int twice = 0; twice < 2; twice++) {
            add(byClass[i].window()[0], sums);
            add(byToken[i].wordClass()[0], sums);
            for (int k = 1; k <= CLASS_WINDOW; k++) {
                if (i - k >= 0) {
                    add(byClass[i - k].window()[k], sums);
                    add(byToken[i - k].wordClass()[k], sums);
                }
            }
            for (int k = 1; k <= CLASS_WINDOW; k++) {
                if (i + k < n) {
                    add(byClass[i + k].window()[CLASS_WINDOW + k], sums);
                    add(byToken[i + k].wordClass()[CLASS_WINDOW + k], sums);
                }
            }
            add(prior, sums);
            add(emptyPreviousMap, sums);
            if (i > 0) {
                add(wordBefore, sums);
                add(classBefore, sums);
            }
            if (i + 1 < n) {
                add(wordAfter, sums);
                add(classAfter, sums);
            }
            if (i == 0) {
                add(sentenceBegin, sums);
            }
            if (n == i + 1) {
                add(sentenceEnd, sums);
            }
        }
        return sums;
    }

    private static void add(Context c, double[] sums) {
        if (c != null) {
            int[] active = c.getOutcomes();
            double[] params = c.getParameters();
            for (int a = 0; a < active.length; a++) {
                sums[active[a]] += params[a];
            }
        }
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return outcomes;
    }
}
