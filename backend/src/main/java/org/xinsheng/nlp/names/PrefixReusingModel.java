package org.xinsheng.nlp.names;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import java.util.Map;

/**
 * The name finder's maxent model, evaluated as {@code GISModel.eval} does it (uniform log prior, the active
 * parameters summed in context order, exponentiated and normalised), but remembering the sum over a context's
 * leading features. The beam search asks for each token once per sequence in its beam, and those contexts differ
 * only in their last features (the previous outcomes, which OpenNLP's name context generator appends after the
 * token's own features, the same String objects for every sequence); the shared part is summed once. The prefix is
 * reused only when every one of its features is the very same object as last time, so the result is bit for bit
 * that of the model ({@code EmployerNameFinderTest}). Not thread-safe: one per thread.
 */
final class PrefixReusingModel implements MaxentModel {

    /** po, pow, powf and ppo: the features of DefaultNameContextGenerator that depend on the previous outcomes. */
    private static final int OUTCOME_FEATURES = 4;

    private final GISModel model;
    private final Map<String, Context> parameters;
    private final int outcomes;
    private final double logUniform;

    private String[] lastContext;
    private int lastPrefix = -1;
    private final double[] prefixSums;

    @SuppressWarnings("unchecked")
    PrefixReusingModel(GISModel model) {
        this.model = model;
        this.parameters = (Map<String, Context>) model.getDataStructures()[1];
        this.outcomes = model.getNumOutcomes();
        this.logUniform = StrictMath.log(1.0 / outcomes);
        this.prefixSums = new double[outcomes];
    }

    /** Whether this evaluates {@code context} exactly as the model does (it assumes the model's uniform prior). */
    boolean agreesWithModel(String[] context) {
        double[] mine = eval(context.clone());
        double[] theirs = model.eval(context);
        lastContext = null;
        return java.util.Arrays.equals(mine, theirs);
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        int prefix = Math.max(0, context.length - OUTCOME_FEATURES);
        if (!samePrefix(context, prefix)) {
            java.util.Arrays.fill(prefixSums, logUniform);
            add(context, 0, prefix, prefixSums);
            lastContext = context;
            lastPrefix = prefix;
        }
        System.arraycopy(prefixSums, 0, probs, 0, outcomes);
        add(context, prefix, context.length, probs);
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

    private boolean samePrefix(String[] context, int prefix) {
        if (lastContext == null || lastPrefix != prefix || lastContext.length < prefix) {
            return false;
        }
        for (int i = 0; i < prefix; i++) {
            if (context[i] != lastContext[i]) {
                return false;
            }
        }
        return true;
    }

    private void add(String[] context, int from, int to, double[] sums) {
        for (int i = from; i < to; i++) {
            Context c = parameters.get(context[i]);
            if (c != null) {
                int[] active = c.getOutcomes();
                double[] params = c.getParameters();
                for (int a = 0; a < active.length; a++) {
                    sums[active[a]] += params[a];
                }
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
