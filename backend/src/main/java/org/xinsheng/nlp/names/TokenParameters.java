package org.xinsheng.nlp.names;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

import java.util.HashMap;
import java.util.Map;

/**
 * The employer model's parameters for every feature a token or a token class brings to its own and its neighbours'
 * contexts ({@link EmployerScorer}), looked up once per distinct token and kept. A missing feature is null, as the
 * model's own lookup would find nothing. Not thread-safe: one per thread.
 */
final class TokenParameters {

    static final int TOKEN_PREV = 4;
    static final int TOKEN_NEXT = 3;
    static final int CLASS_WINDOW = 2;
    /** Distinct tokens kept (a few hundred bytes each); the table starts again beyond that. */
    private static final int LIMIT = 20_000;

    /** w, p1w…p4w, n1w…n3w; w&c, p1w&c, p2w&c, n1w&c, n2w&c; pow per outcome. */
    record Token(String tokenClass, Context[] window, Context[] wordClass, Context[] previousWith) {
    }

    /** wc, p1wc, p2wc, n1wc, n2wc; powf per outcome. */
    record TokenClass(Context[] window, Context[] previousWith) {
    }

    private final GISModel model;
    private final Map<String, Context> parameters;
    private final Map<String, Token> tokens = new HashMap<>();
    private final Map<String, TokenClass> classes = new HashMap<>();

    TokenParameters(GISModel model, Map<String, Context> parameters) {
        this.model = model;
        this.parameters = parameters;
    }

    Token token(String token) {
        if (tokens.size() > LIMIT) {
            tokens.clear();
        }
        return tokens.computeIfAbsent(token, this::lookUp);
    }

    TokenClass tokenClass(String tokenClass) {
        return classes.computeIfAbsent(tokenClass, this::lookUpClass);
    }

    private Token lookUp(String token) {
        String lower = StringUtil.toLowerCase(token);
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        Context[] window = new Context[1 + TOKEN_PREV + TOKEN_NEXT];
        window[0] = parameters.get("w=" + lower);
        for (int k = 1; k <= TOKEN_PREV; k++) {
            window[k] = parameters.get("p" + k + "w=" + lower);
        }
        for (int k = 1; k <= TOKEN_NEXT; k++) {
            window[TOKEN_PREV + k] = parameters.get("n" + k + "w=" + lower);
        }
        Context[] wordClass = new Context[1 + 2 * CLASS_WINDOW];
        wordClass[0] = parameters.get("w&c=" + lower + "," + tokenClass);
        for (int k = 1; k <= CLASS_WINDOW; k++) {
            wordClass[k] = parameters.get("p" + k + "w&c=" + lower + "," + tokenClass);
            wordClass[CLASS_WINDOW + k] = parameters.get("n" + k + "w&c=" + lower + "," + tokenClass);
        }
        Context[] previousWith = new Context[model.getNumOutcomes()];
        for (int o = 0; o < previousWith.length; o++) {
            previousWith[o] = parameters.get("pow=" + model.getOutcome(o) + "," + token);
        }
        return new Token(tokenClass, window, wordClass, previousWith);
    }

    private TokenClass lookUpClass(String tokenClass) {
        Context[] window = new Context[1 + 2 * CLASS_WINDOW];
        window[0] = parameters.get("wc=" + tokenClass);
        for (int k = 1; k <= CLASS_WINDOW; k++) {
            window[k] = parameters.get("p" + k + "wc=" + tokenClass);
            window[CLASS_WINDOW + k] = parameters.get("n" + k + "wc=" + tokenClass);
        }
        Context[] previousWith = new Context[model.getNumOutcomes()];
        for (int o = 0; o < previousWith.length; o++) {
            previousWith[o] = parameters.get("powf=" + model.getOutcome(o) + "," + tokenClass);
        }
        return new TokenClass(window, previousWith);
    }
}
