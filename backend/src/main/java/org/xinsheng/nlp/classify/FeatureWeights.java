package org.xinsheng.nlp.classify;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sector models' weights in one table keyed by our feature strings, so that a text's features are looked up once
 * for all the models (OpenNLP looks each "bow=…" string up again in every model's own map, and its Naive Bayes takes
 * a logarithm per feature and outcome on every call). The arithmetic is OpenNLP 2.5's, step for step and in the same
 * order, so the probabilities are bit for bit those of {@code MaxentModel.eval} ({@code SectorModelContextTest}).
 * Only the combinations the packaged models use are compiled: bag-of-words contexts over Naive Bayes and L-BFGS
 * maxent models; for anything else {@link #compile} returns null and the caller asks the models themselves.
 */
final class FeatureWeights {

    private static final String BAG_OF_WORDS = "bow=";
    /** OpenNLP's Lidstone smoothing constant for Naive Bayes. */
    private static final double DELTA = 0.05;

    private final int models;
    private final int[] outcomes;
    private final boolean[] naiveBayes;
    /** Per model, Naive Bayes only: the log prior of each outcome. */
    private final double[][] logPriors;
    /** Per feature, the weights of every model, model after model, each over all its outcomes (0 where none). */
    private final Map<String, double[]> rows;

    private FeatureWeights(int[] outcomes, boolean[] naiveBayes, double[][] logPriors, Map<String, double[]> rows) {
        this.models = outcomes.length;
        this.outcomes = outcomes;
        this.naiveBayes = naiveBayes;
        this.logPriors = logPriors;
        this.rows = rows;
    }

    static FeatureWeights compile(List<DoccatModel> doccats) {
        for (DoccatModel d : doccats) {
            FeatureGenerator[] generators = d.getFactory().getFeatureGenerators();
            MaxentModel m = d.getMaxentModel();
            // BagOfWordsFeatureGenerator has a package-private variant that drops tokens; only the plain one compiles
            if (generators.length != 1 || generators[0].getClass() != BagOfWordsFeatureGenerator.class
                    || !generators[0].extractFeatures(new String[]{"#"}, Map.of()).contains(BAG_OF_WORDS + "#")
                    || !(m instanceof NaiveBayesModel || m instanceof QNModel)) {
                return null;
            }
        }
        int count = doccats.size();
        int[] outcomes = new int[count];
        boolean[] naiveBayes = new boolean[count];
        double[][] logPriors = new double[count][];
        int[] offsets = new int[count];
        int width = 0;
        for (int k = 0; k < count; k++) {
            MaxentModel m = doccats.get(k).getMaxentModel();
            outcomes[k] = m.getNumOutcomes();
            naiveBayes[k] = m instanceof NaiveBayesModel;
            offsets[k] = width;
            width += outcomes[k];
        }
        Map<String, double[]> rows = new HashMap<>();
        for (int k = 0; k < count; k++) {
            Object[] data = ((opennlp.tools.ml.model.AbstractModel) doccats.get(k).getMaxentModel()).getDataStructures();
            Context[] params = (Context[]) data[0];
            @SuppressWarnings("unchecked")
            Map<String, Context> pmap = (Map<String, Context>) data[1];
            double[] totals = naiveBayes[k] ? outcomeTotals(params, outcomes[k]) : null;
            if (naiveBayes[k]) {
                logPriors[k] = logPriors(totals);
            }
            for (Map.Entry<String, Context> e : pmap.entrySet()) {
                if (!e.getKey().startsWith(BAG_OF_WORDS)) {
                    continue;
                }
                if (!distinctOutcomes(e.getValue())) {
                    return null;
                }
                int rowWidth = width;
                double[] row = rows.computeIfAbsent(e.getKey().substring(BAG_OF_WORDS.length()), f -> new double[rowWidth]);
                if (naiveBayes[k]) {
                    naiveBayesRow(e.getValue(), totals, params.length, row, offsets[k]);
                } else {
                    maxentRow(e.getValue(), row, offsets[k]);
                }
            }
        }
        return new FeatureWeights(outcomes, naiveBayes, logPriors, rows);
    }

    /** Per model, the outcome probabilities in that model's outcome order. */
    double[][] eval(String[] features) {
        double[][] sums = new double[models][];
        for (int k = 0; k < models; k++) {
            sums[k] = new double[outcomes[k]];
        }
        for (String f : features) {
            double[] row = rows.get(f);
            if (row == null) {
                continue;
            }
            int at = 0;
            for (int k = 0; k < models; k++) {
                double[] s = sums[k];
                for (int i = 0; i < s.length; i++) {
                    s[i] += row[at + i];
                }
                at += s.length;
            }
        }
        for (int k = 0; k < models; k++) {
            if (naiveBayes[k]) {
                naiveBayesNormalise(sums[k], logPriors[k]);
            } else {
                maxentNormalise(sums[k]);
            }
        }
        return sums;
    }

    /** An outcome listed twice would be added twice per call, which a precomputed row cannot repeat in order. */
    private static boolean distinctOutcomes(Context c) {
        int[] active = c.getOutcomes();
        for (int i = 0; i < active.length; i++) {
            for (int j = 0; j < i; j++) {
                if (active[i] == active[j]) {
                    return false;
                }
            }
        }
        return true;
    }

    // Naive Bayes, as NaiveBayesModel.eval: per known feature, log((count + δ) / (outcome total + δ·vocabulary)) for
    // each outcome up to the feature's last active one (the loop there stops at it), then the log prior, then the
    // log-probabilities exponentiated against their maximum and divided by their sum.

    private static double[] outcomeTotals(Context[] params, int n) {
        double[] totals = new double[n];
        for (Context c : params) {
            for (int j = 0; j < c.getOutcomes().length; j++) {
                totals[c.getOutcomes()[j]] += c.getParameters()[j];
            }
        }
        return totals;
    }

    private static double[] logPriors(double[] totals) {
        double total = 0;
        for (double t : totals) {
            total += t;
        }
        double[] priors = new double[totals.length];
        for (int i = 0; i < totals.length; i++) {
            priors[i] = StrictMath.log(totals[i] / total);
        }
        return priors;
    }

    private static void naiveBayesRow(Context c, double[] totals, long vocabulary, double[] row, int offset) {
        int[] active = c.getOutcomes();
        double[] params = c.getParameters();
        int ai = 0;
        for (int i = 0; i < totals.length && ai < active.length; i++) {
            double numerator = active[ai] == i ? params[ai++] : 0;
            row[offset + i] = StrictMath.log((numerator + DELTA) / (totals[i] + DELTA * vocabulary));
        }
    }

    private static void naiveBayesNormalise(double[] logs, double[] logPriors) {
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logs.length; i++) {
            logs[i] += logPriors[i];
            if (logs[i] > highest) {
                highest = logs[i];
            }
        }
        double sum = 0;
        for (int i = 0; i < logs.length; i++) {
            double p = StrictMath.exp(logs[i] - highest);
            if (Double.isNaN(p)) {
                logs[i] = Double.NaN;
            } else {
                sum += p;
                logs[i] = p;
            }
        }
        for (int i = 0; i < logs.length; i++) {
            if (Double.isNaN(logs[i])) {
                logs[i] = 0.0;
            } else if (sum > Double.MIN_VALUE) {
                logs[i] = logs[i] / sum;
            }
        }
    }

    // Maxent (L-BFGS), as QNModel.eval: the active parameters summed, then softmax through log-sum-exp.

    private static void maxentRow(Context c, double[] row, int offset) {
        int[] active = c.getOutcomes();
        double[] params = c.getParameters();
        for (int i = 0; i < active.length; i++) {
            row[offset + active[i]] += params[i];
        }
    }

    private static void maxentNormalise(double[] sums) {
        int best = 0;
        for (int i = 1; i < sums.length; i++) {
            if (sums[best] < sums[i]) {
                best = i;
            }
        }
        double max = sums[best];
        double sum = 0.0;
        for (double v : sums) {
            if (v != Double.NEGATIVE_INFINITY) {
                sum += StrictMath.exp(v - max);
            }
        }
        double logSumExp = max + StrictMath.log(sum);
        for (int i = 0; i < sums.length; i++) {
            sums[i] = StrictMath.exp(sums[i] - logSumExp);
        }
    }
}
