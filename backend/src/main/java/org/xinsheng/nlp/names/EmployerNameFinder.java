package org.xinsheng.nlp.names;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import org.xinsheng.nlp.ModelFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A trained OpenNLP name finder that marks who owes the wage (type "employer") in one language, over
 * {@link NameTokens}. It learns from the corpora the spans the schema wants (包工头王某, 老板扎西才让, a company in
 * Chinese inside Tibetan), where the pattern finders only know the shapes written into them.
 */
public final class EmployerNameFinder {

    /** Spans the model is less sure of than this are not taken (measured on the dev sets, see nlp-models/README). */
    static final double MIN_PROBABILITY = Double.parseDouble(System.getProperty("xinsheng.nlp.nameMinProb", "0"));

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finder;
    /** NameFinderME's search, faster (see {@link BeamNameSearch}); null for a model that is not a GIS maxent model. */
    private final ThreadLocal<BeamNameSearch> search;

    public EmployerNameFinder(TokenNameFinderModel model) {
        this.model = model;
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
        this.search = ThreadLocal.withInitial(() -> BeamNameSearch.of(model));
    }

    public static EmployerNameFinder fromClasspath(String lang) {
        try (InputStream in = ModelFiles.open("employer-" + lang + ".bin")) {
            return new EmployerNameFinder(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TokenNameFinderModel model() {
        return model;
    }

    /** The most likely employer span, copied from {@code original}, or null when the model marks none. */
    public String find(String original, String folded) {
        int[] span = findSpan(folded);
        return span == null ? null : original.substring(span[0], span[1]);
    }

    /** Start and end offsets of the most likely employer span, or null. */
    public int[] findSpan(String folded) {
        List<NameTokens.Token> tokens = NameTokens.of(folded);
        if (tokens.isEmpty()) {
            return null;
        }
        String[] texts = NameTokens.texts(folded, tokens);
        BeamNameSearch fast = search.get();
        return best(fast != null ? fast.find(texts) : byNameFinderME(texts), tokens);
    }

    /** The same as {@link #findSpan} through OpenNLP's NameFinderME, slower; kept to test that the two agree. */
    int[] findSpanByNameFinderME(String folded) {
        List<NameTokens.Token> tokens = NameTokens.of(folded);
        return tokens.isEmpty() ? null : best(byNameFinderME(NameTokens.texts(folded, tokens)), tokens);
    }

    /** Whether {@link #findSpan} takes the faster search with its own contexts (the packaged models must). */
    boolean searchesFast() {
        return search.get() != null && search.get().ownContexts();
    }

    private Span[] byNameFinderME(String[] texts) {
        NameFinderME me = finder.get();
        Span[] spans = me.find(texts);
        me.clearAdaptiveData();
        return spans;
    }

    private static int[] best(Span[] spans, List<NameTokens.Token> tokens) {
        Span best = null;
        for (Span span : spans) {
            if (best == null || span.getProb() > best.getProb()) {
                best = span;
            }
        }
        if (best == null || best.getProb() < MIN_PROBABILITY) {
            return null;
        }
        return new int[]{tokens.get(best.getStart()).start(), tokens.get(best.getEnd() - 1).end()};
    }
}
