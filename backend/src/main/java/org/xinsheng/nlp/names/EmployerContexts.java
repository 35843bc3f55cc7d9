package org.xinsheng.nlp.names;

import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The contexts OpenNLP builds from the employer finder's feature descriptor (nlp-models generator.featuregen: token
 * window 4/3, token-class window 2/2 with word and class, outcome prior, previous map, bigrams, sentence begin and
 * end, the part after the token window twice as OpenNLP emits it) followed by the name context generator's
 * previous-outcome features: the same strings in the same order, but
 * each token lowercased and classed once per text instead of once per window position it falls in.
 * {@link BeamNameSearch} checks it against OpenNLP's generator on a probe before trusting it, and
 * {@code EmployerNameFinderTest} on every dev text; a model with another descriptor falls back to OpenNLP's.
 * The previous map is always empty (the finder clears its adaptive data after every text). Not thread-safe.
 */
final class EmployerContexts implements BeamSearchContextGenerator<String> {

    private static final int TOKEN_PREV = 4;
    private static final int TOKEN_NEXT = 3;
    private static final int CLASS_WINDOW = 2;
    private static final String[] PREV = {"", "p1", "p2", "p3", "p4"};
    private static final String[] NEXT = {"", "n1", "n2", "n3"};
    private static final String OTHER = "other";

    private String[] tokens;
    private String[] lower;
    private String[] classes;
    private String[][] base;

    @Override
    public String[] getContext(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
        if (sequence != tokens) {
            prepare(sequence);
        }
        String[] own = base[index];
        if (own == null) {
            own = base(index);
            base[index] = own;
        }
        if (priorDecisions == null) {
            return own.clone();
        }
        String po = index > 0 ? priorDecisions[index - 1] : OTHER;
        String ppo = index > 1 ? priorDecisions[index - 2] : OTHER;
        String[] context = java.util.Arrays.copyOf(own, own.length + 4);
        context[own.length] = "po=" + po;
        context[own.length + 1] = "pow=" + po + "," + sequence[index];
        context[own.length + 2] = "powf=" + po + "," + classes[index];
        context[own.length + 3] = "ppo=" + ppo;
        return context;
    }

    private void prepare(String[] sequence) {
        tokens = sequence;
        lower = new String[sequence.length];
        classes = new String[sequence.length];
        base = new String[sequence.length][];
        for (int i = 0; i < sequence.length; i++) {
            lower[i] = StringUtil.toLowerCase(sequence[i]);
            classes[i] = FeatureGeneratorUtil.tokenFeature(sequence[i]);
        }
    }

    private String[] base(int i) {
        int n = tokens.length;
        java.util.List<String> f = new java.util.ArrayList<>(32);
        f.add("w=" + lower[i]);
        for (int k = 1; k <= TOKEN_PREV; k++) {
            if (i - k >= 0) {
                f.add(PREV[k] + "w=" + lower[i - k]);
            }
        }
        for (int k = 1; k <= TOKEN_NEXT; k++) {
            if (i + k < n) {
                f.add(NEXT[k] + "w=" + lower[i + k]);
            }
        }
        // OpenNLP 2.5's generator for this descriptor emits everything after the token window twice (seen on the
        // probe and every dev text); the model was trained on that, so it is reproduced
        int afterTokens = f.size();
        f.add("wc=" + classes[i]);
        f.add("w&c=" + lower[i] + "," + classes[i]);
        for (int k = 1; k <= CLASS_WINDOW; k++) {
            if (i - k >= 0) {
                f.add(PREV[k] + "wc=" + classes[i - k]);
                f.add(PREV[k] + "w&c=" + lower[i - k] + "," + classes[i - k]);
            }
        }
        for (int k = 1; k <= CLASS_WINDOW; k++) {
            if (i + k < n) {
                f.add(NEXT[k] + "wc=" + classes[i + k]);
                f.add(NEXT[k] + "w&c=" + lower[i + k] + "," + classes[i + k]);
            }
        }
        f.add("def");
        f.add("pd=null");
        if (i > 0) {
            f.add("pw,w=" + tokens[i - 1] + "," + tokens[i]);
            f.add("pwc,wc=" + classes[i - 1] + "," + classes[i]);
        }
        if (i + 1 < n) {
            f.add("w,nw=" + tokens[i] + "," + tokens[i + 1]);
            f.add("wc,nc=" + classes[i] + "," + classes[i + 1]);
        }
        if (i == 0) {
            f.add("S=begin");
        }
        if (n == i + 1) {
            f.add("S=end");
        }
        f.addAll(new java.util.ArrayList<>(f.subList(afterTokens, f.size())));
        return f.toArray(String[]::new);
    }
}
