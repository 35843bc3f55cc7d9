package org.xinsheng.nlp.classify;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.xinsheng.nlp.ModelFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained sector categorizer for one language: one OpenNLP doccat model, or several whose probabilities are
 * averaged, and the calibration of their outputs. The outcome "not_wage" is the wage-arrears decision: a complaint
 * is about wages when the other sectors together are more likely.
 */
public final class SectorModel {

    /**
     * {@code wageProbability}: the calibrated probability that the text is about unpaid wages; {@code confidence}:
     * the calibrated probability that the sector is right (for a not-wage text, that it is not about wages).
     */
    public record Verdict(boolean wageArrears, double wageProbability, String sector, double confidence) {
    }

    /** What the models say before calibration: P(not wage), and the likeliest sector with P(sector | wage). */
    public record Raw(double pNotWage, String bestSector, double pSector) {
    }

    private final List<DoccatModel> models;
    private final Calibration calibration;
    private final ThreadLocal<List<DocumentCategorizerME>> categorizers;

    public SectorModel(List<DoccatModel> models, Calibration calibration) {
        this.models = List.copyOf(models);
        this.calibration = calibration;
        this.categorizers = ThreadLocal.withInitial(
                () -> this.models.stream().map(DocumentCategorizerME::new).toList());
    }

    public SectorModel withCalibration(Calibration c) {
        return new SectorModel(models, c);
    }

    public static SectorModel fromClasspath(String lang) {
        List<DoccatModel> models = new ArrayList<>();
        try {
            for (int k = 1; ; k++) {
                String name = "sector-" + lang + (k == 1 ? "" : "-" + k) + ".bin";
                if (k > 1 && !ModelFiles.exists(name)) {
                    break;
                }
                try (InputStream in = ModelFiles.open(name)) {
                    models.add(new DoccatModel(in));
                }
            }
            try (InputStream in = ModelFiles.open("calibration-" + lang + ".tsv")) {
                return new SectorModel(models, Calibration.read(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<DoccatModel> models() {
        return models;
    }

    public Calibration calibration() {
        return calibration;
    }

    public Raw raw(String[] features) {
        List<DocumentCategorizerME> mes = categorizers.get();
        DocumentCategorizerME first = mes.get(0);
        int n = first.getNumberOfCategories();
        double[] probs = new double[n];
        for (DocumentCategorizerME me : mes) {
            double[] p = me.categorize(features);
            for (int i = 0; i < n; i++) {
                probs[first.getIndex(me.getCategory(i))] += p[i] / mes.size();
            }
        }
        int notWage = first.getIndex("not_wage");
        double pNotWage = notWage >= 0 ? probs[notWage] : 0;
        int best = -1;
        for (int i = 0; i < n; i++) {
            if (i != notWage && (best < 0 || probs[i] > probs[best])) {
                best = i;
            }
        }
        return new Raw(pNotWage, first.getCategory(best), probs[best] / Math.max(1e-12, 1 - pNotWage));
    }

    /**
     * With {@code industryNamed} false (no cue word of any industry in the text) a wage complaint is "other", as
     * nlp-schema.md says for "industry not stated", with the low confidence that rule earned in cross-validation:
     * a sector is only named on evidence.
     */
    public Verdict classify(String[] features, boolean industryNamed) {
        return verdict(raw(features), industryNamed, calibration);
    }

    public static Verdict verdict(Raw raw, boolean industryNamed, Calibration c) {
        double pWage = c.wage(1 - raw.pNotWage());
        if (pWage < 0.5) {
            return new Verdict(false, round(pWage), "not_wage", round(1 - pWage));
        }
        if (!industryNamed) {
            return new Verdict(true, round(pWage), "other", round(c.noCueOther()));
        }
        return new Verdict(true, round(pWage), raw.bestSector(), round(c.sector(raw.pSector())));
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}
