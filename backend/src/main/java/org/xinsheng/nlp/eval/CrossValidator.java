package org.xinsheng.nlp.eval;

import org.xinsheng.nlp.NlpCommands;
import org.xinsheng.nlp.classify.Calibration;
import org.xinsheng.nlp.classify.SectorFeatures;
import org.xinsheng.nlp.classify.SectorModel;
import org.xinsheng.nlp.classify.SectorTrainer;
import org.xinsheng.nlp.corpus.Corpus;
import org.xinsheng.nlp.corpus.LabelledComplaint;
import org.xinsheng.nlp.text.TextNormalizer;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * k-fold cross-validation of the sector categorizer on each language's training corpus. Without arguments: the
 * packaged configuration, with the reliability of its calibrated outputs. With {@code --compare}: a table of
 * algorithms and feature families, to choose the packaged configuration by.
 */
public final class CrossValidator {

    public static final int FOLDS = SectorTrainer.FOLDS;

    /** Algorithm and feature families compared by {@code --compare} (the slow algorithms on fewer sets). */
    private static final List<String[]> CONFIGURATIONS = List.of(
            new String[]{"NAIVEBAYES", "w,cue"}, new String[]{"NAIVEBAYES", "w,wb,cue"},
            new String[]{"NAIVEBAYES", "w,c2,cue"}, new String[]{"NAIVEBAYES", "w,c2,c3,cue"},
            new String[]{"MAXENT_QN", "w,cue"}, new String[]{"MAXENT_QN", "w,c2,cue"},
            new String[]{"MAXENT_QN", "w,c2,c3,cue"}, new String[]{"PERCEPTRON", "w,c2,c3,cue"},
            new String[]{"NAIVEBAYES+MAXENT_QN", "w,c2,c3,cue"}, new String[]{"NAIVEBAYES+MAXENT_QN", "w,wb,c3,cue"});

    private CrossValidator() {
    }

    public static int run(List<String> args, PrintStream out) {
        boolean compare = args.contains("--compare");
        for (String lang : NlpCommands.LANGUAGES) {
            List<LabelledComplaint> lines = Corpus.fromClasspath(lang + "-train.jsonl").lines();
            List<String[]> all = lines.stream().map(l -> SectorFeatures.all(lang, TextNormalizer.fold(l.text()))).toList();
            if (compare) {
                out.printf(Locale.ROOT, "%n%s %d-fold cross-validation on %d complaints%n", lang, FOLDS, lines.size());
                out.println("| algorithm | features | wage acc | wage log-loss | sector acc | sector ECE |");
                out.println("|---|---|---|---|---|---|");
                for (String[] configuration : CONFIGURATIONS) {
                    String algorithm = configuration[0];
                    String families = configuration[1];
                    Result r = measure(lang, lines, select(all, families), algorithm);
                    out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.3f |%n", algorithm, families,
                            r.wageAcc, r.wageLogLoss, r.sectorAcc, r.sectorReliability.ece());
                    out.flush();
                }
            }
            String algorithm = SectorTrainer.defaultAlgorithm(lang);
            Set<String> families = SectorFeatures.defaultFamilies(lang);
            Result r = measure(lang, lines, select(all, String.join(",", families)), algorithm);
            out.printf(Locale.ROOT, "%n%s %d-fold cross-validation on %d complaints, %s over %s: wage acc %.3f, "
                            + "sector acc %.3f%n", lang, FOLDS, lines.size(), algorithm, families, r.wageAcc,
                    r.sectorAcc);
            r.wageReliability.print(out, lang + " wageConfidence (calibrated, out-of-fold): observed = share about wages");
            r.sectorReliability.print(out, lang + " sectorConfidence of wage complaints naming an industry (calibrated, out-of-fold): observed = share right");
        }
        return 0;
    }

    private static List<String[]> select(List<String[]> all, String families) {
        Set<String> set = Set.of(families.split(","));
        return all.stream().map(f -> SectorFeatures.select(f, set)).toList();
    }

    private record Result(double wageAcc, double wageLogLoss, double sectorAcc, Reliability wageReliability,
                          Reliability sectorReliability) {
    }

    private static Result measure(String lang, List<LabelledComplaint> lines, List<String[]> features,
                                  String algorithm) {
        List<SectorModel.Raw> oof = SectorTrainer.outOfFold(lang, lines, features, algorithm);
        Calibration calibration = SectorTrainer.calibrate(lines, oof);
        int wageRight = 0;
        int sectorRight = 0;
        double logLoss = 0;
        Reliability wage = new Reliability();
        Reliability sector = new Reliability();
        for (int i = 0; i < lines.size(); i++) {
            LabelledComplaint gold = lines.get(i);
            java.util.Set<String> cues = SectorFeatures.cueSectors(TextNormalizer.fold(gold.text()));
            boolean cue = !cues.isEmpty();
            SectorModel.Verdict v = SectorModel.verdict(oof.get(i), cues, calibration);
            wageRight += v.wageArrears() == gold.wageArrears() ? 1 : 0;
            sectorRight += v.sector().equals(gold.sector()) ? 1 : 0;
            double p = Math.min(0.9995, Math.max(0.0005, v.wageProbability())); // outputs are rounded to 0.001
            logLoss -= Math.log(gold.wageArrears() ? p : 1 - p);
            wage.add(v.wageProbability(), gold.wageArrears());
            if (gold.wageArrears() && v.wageArrears() && cue) {
                sector.add(v.confidence(), v.sector().equals(gold.sector()));
            }
        }
        int n = lines.size();
        return new Result(wageRight / (double) n, logLoss / n, sectorRight / (double) n, wage, sector);
    }
}
