package org.xinsheng.nlp.classify;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import org.xinsheng.nlp.ModelFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

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

    /** What the models say before calibration: P(not wage), and P(sector | wage) for every sector. */
    public record Raw(double pNotWage, Map<String, Double> sectors) {

        /** The likeliest sector among {@code allowed}, or null when none of them is an outcome. */
        public String best(Set<String> allowed) {
            String best = null;
            for (String s : allowed) {
                Double p = sectors.get(s);
                if (p != null && (best == null || p > sectors.get(best) || p.equals(sectors.get(best))
                        && s.compareTo(best) < 0)) {
                    best = s;
                }
            }
            return best;
        }
    }

    private final List<DoccatModel> models;
    private final Calibration calibration;
    private final ThreadLocal<List<DocumentCategorizerME>> categorizers;
    private final List<FeatureGenerator> generators;
    /** Per model, where each of its outcomes sits in the first model's order. */
    private final int[][] outcomeOrder;
    /** The models' weights keyed by feature, or null when the models are of a kind it does not compile. */
    private final FeatureWeights weights;

    public SectorModel(List<DoccatModel> models, Calibration calibration) {
        this.models = List.copyOf(models);
        this.calibration = calibration;
        this.categorizers = ThreadLocal.withInitial(
                () -> this.models.stream().map(DocumentCategorizerME::new).toList());
        this.generators = List.of(this.models.get(0).getFactory().getFeatureGenerators());
        MaxentModel first = this.models.get(0).getMaxentModel();
        this.outcomeOrder = new int[this.models.size()][];
        for (int m = 0; m < this.models.size(); m++) {
            MaxentModel model = this.models.get(m).getMaxentModel();
            outcomeOrder[m] = new int[model.getNumOutcomes()];
            for (int i = 0; i < outcomeOrder[m].length; i++) {
                outcomeOrder[m][i] = first.getIndex(model.getOutcome(i));
            }
        }
        this.weights = FeatureWeights.compile(this.models);
    }

    /** Whether {@link #raw} reads the compiled {@link FeatureWeights} rather than asking the models one by one. */
    boolean compiled() {
        return weights != null;
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

    /**
     * The models' averaged outcome probabilities. The features are looked up once in {@link FeatureWeights} for all
     * the models: DocumentCategorizerME would build the "bow=…" context again per model and each model would hash
     * it again, which with Naive Bayes' logarithms cost most of categorizing. {@link #rawByCategorizers} is the
     * reference it must equal.
     */
    public Raw raw(String[] features) {
        MaxentModel first = models.get(0).getMaxentModel();
        int n = first.getNumOutcomes();
        double[] probs = new double[n];
        double[][] compiled = weights == null ? null : weights.eval(features);
        String[] context = weights == null ? context(features) : null;
        for (int m = 0; m < models.size(); m++) {
            double[] p = compiled != null ? compiled[m] : models.get(m).getMaxentModel().eval(context);
            for (int i = 0; i < n; i++) {
                probs[outcomeOrder[m][i]] += p[i] / models.size();
            }
        }
        return raw(probs, first::getOutcome);
    }

    private String[] context(String[] features) {
        if (generators.size() == 1) {
            return generators.get(0).extractFeatures(features, Map.of()).toArray(String[]::new);
        }
        List<String> context = new ArrayList<>();
        for (FeatureGenerator g : generators) {
            context.addAll(g.extractFeatures(features, Map.of()));
        }
        return context.toArray(String[]::new);
    }

    /** The same as {@link #raw} through OpenNLP's own categorizers, slower; kept to test that the two agree. */
    Raw rawByCategorizers(String[] features) {
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
        return raw(probs, first::getCategory);
    }

    private static Raw raw(double[] probs, IntFunction<String> outcome) {
        int n = probs.length;
        int notWage = -1;
        for (int i = 0; i < n; i++) {
            if (outcome.apply(i).equals("not_wage")) {
                notWage = i;
            }
        }
        double pNotWage = notWage >= 0 ? probs[notWage] : 0;
        Map<String, Double> sectors = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (i != notWage) {
                sectors.put(outcome.apply(i), probs[i] / Math.max(1e-12, 1 - pNotWage));
            }
        }
        return new Raw(pNotWage, Map.copyOf(sectors));
    }

    /**
     * The sector confidence of a wage complaint that names no industry: "other" is then the schema's label for
     * "industry not stated", not a finding, so the lead bureau should confirm which bureau it is (it stays below any
     * sensible confirm threshold). How often "other" matched the labels there is in the calibration file.
     */
    public static final double NO_EVIDENCE_CONFIDENCE = 0.3;

    /**
     * With no cue word of any industry in the text a wage complaint is "other", as
     * nlp-schema.md says for "industry not stated", with {@link #NO_EVIDENCE_CONFIDENCE}: a sector is only named on
     * evidence.
     */
    public Verdict classify(String[] features, Set<String> cueSectors) {
        return verdict(raw(features), cueSectors, calibration);
    }

    /**
     * The lowest wage probability of a text that says in so many words that wages were not paid (工资一分没给,
     * 拖欠工资, 发不了工资): on the training set 97% of such texts are wage complaints (the rest thank, withdraw or
     * ask), and a categorizer that learned "社保" or "资金紧张" from the not-wage corpora must not redirect them.
     * Just above the redirect threshold chosen on dev (0.25, nlp-models/README.md): such a text is never redirected,
     * but the categorizer still decides wage or not (a floor of 0.5 cost 0.003 of wage accuracy on dev). Keep it above
     * the jurisdiction's thresholds.redirectBelowWageConfidence.
     */
    public static final double STATED_UNPAID_WAGE_FLOOR =
            Double.parseDouble(System.getProperty("xinsheng.nlp.unpaidFloor", "0.26"));

    public Verdict classify(String[] features, Set<String> cueSectors, boolean statesUnpaidWage) {
        Raw raw = raw(features);
        Verdict v = verdict(raw, cueSectors, calibration);
        if (!statesUnpaidWage || v.wageProbability() >= STATED_UNPAID_WAGE_FLOOR) {
            return v;
        }
        double floored = STATED_UNPAID_WAGE_FLOOR;
        if (floored < 0.5) {
            return new Verdict(false, floored, "not_wage", round(1 - floored));
        }
        String best = raw.best(cueSectors);
        return best == null ? new Verdict(true, floored, "other", NO_EVIDENCE_CONFIDENCE)
                : new Verdict(true, floored, best, round(calibration.sector(raw.sectors().get(best))));
    }

    /**
     * The sector is chosen among the industries the text names ({@code cueSectors}, from the cue words): the
     * categorizer weighs them (工地 and 水渠 together: construction or water), but never picks an industry the text
     * gives no sign of.
     */
    public static Verdict verdict(Raw raw, Set<String> cueSectors, Calibration c) {
        double pWage = c.wage(1 - raw.pNotWage());
        if (pWage < 0.5) {
            return new Verdict(false, round(pWage), "not_wage", round(1 - pWage));
        }
        String best = raw.best(cueSectors);
        if (best == null) {
            return new Verdict(true, round(pWage), "other", NO_EVIDENCE_CONFIDENCE);
        }
        return new Verdict(true, round(pWage), best, round(c.sector(raw.sectors().get(best))));
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}
