package org.xinsheng.nlp.classify;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

import org.xinsheng.nlp.ModelFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A trained sector categorizer for one language (OpenNLP doccat, maxent). The outcome "not_wage" is the
 * wage-arrears decision: a complaint is about wages when the other sectors together are more likely.
 */
public final class SectorModel {

    /** {@code wageProbability} is the model's probability that the text is about unpaid wages. */
    public record Verdict(boolean wageArrears, double wageProbability, String sector, double confidence) {
    }

    static final double SURE = Double.parseDouble(System.getProperty("xinsheng.nlp.sectorSure", "0.9"));

    private final DoccatModel model;
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    public SectorModel(DoccatModel model) {
        this.model = model;
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    public static SectorModel fromClasspath(String lang) {
        try (InputStream in = ModelFiles.open("sector-" + lang + ".bin")) {
            return new SectorModel(new DoccatModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DoccatModel model() {
        return model;
    }

    /**
     * With {@code industryNamed} false (no cue word of any industry in the text) a wage complaint is "other", as
     * nlp-schema.md says for "industry not stated", unless the categorizer is at least {@link #SURE} sure of a
     * sector: hand-written complaints often name an industry in words the cue list does not hold.
     */
    public Verdict classify(String[] features, boolean industryNamed) {
        DocumentCategorizerME me = categorizer.get();
        double[] probs = me.categorize(features);
        int notWage = me.getIndex("not_wage");
        double pNotWage = notWage >= 0 ? probs[notWage] : 0;
        if (pNotWage >= 0.5) {
            return new Verdict(false, round(1 - pNotWage), "not_wage", round(pNotWage));
        }
        int best = -1;
        for (int i = 0; i < probs.length; i++) {
            if (i != notWage && (best < 0 || probs[i] > probs[best])) {
                best = i;
            }
        }
        int other = me.getIndex("other");
        if (!industryNamed && other >= 0 && probs[best] / (1 - pNotWage) < SURE) {
            best = other;
        }
        return new Verdict(true, round(1 - pNotWage), me.getCategory(best), round(probs[best] / (1 - pNotWage)));
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}
