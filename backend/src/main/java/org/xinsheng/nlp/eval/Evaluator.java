package org.xinsheng.nlp.eval;

import org.xinsheng.nlp.Analysis;
import org.xinsheng.nlp.Analyzer;
import org.xinsheng.nlp.classify.SectorModel;
import org.xinsheng.nlp.corpus.LabelledComplaint;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Runs the analyzer over labelled complaints and reports per-field scores per language and overall. */
public final class Evaluator {

    public record Miss(LabelledComplaint gold, Analysis got, int wrongFields) {
    }

    public record Report(Map<String, Scores> byLanguage, Scores overall, double documentsPerSecond, List<Miss> misses,
                         List<Pair> pairs) {
    }

    /** One evaluated line: its labels and what the analyzer said. */
    public record Pair(LabelledComplaint gold, Analysis got) {
    }

    /** Wage recall the redirect threshold must keep, and the sector accuracy above the confirm threshold. */
    public static final double WAGE_RECALL = 0.99;
    public static final double SECTOR_ACCURACY = 0.96;

    private Evaluator() {
    }

    public static Report evaluate(Analyzer analyzer, List<LabelledComplaint> lines) {
        Map<String, Scores> byLanguage = new LinkedHashMap<>();
        Scores overall = new Scores();
        List<Miss> misses = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        long start = System.nanoTime();
        for (LabelledComplaint gold : lines) {
            Analysis got = analyzer.analyze(gold.text());
            byLanguage.computeIfAbsent(gold.lang(), k -> new Scores()).add(gold, got);
            overall.add(gold, got);
            pairs.add(new Pair(gold, got));
            int wrong = wrongFields(gold, got);
            if (wrong > 0) {
                misses.add(new Miss(gold, got, wrong));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        misses.sort(Comparator.comparingInt(Miss::wrongFields).reversed());
        return new Report(byLanguage, overall, lines.size() / Math.max(seconds, 1e-9), misses, pairs);
    }

    static int wrongFields(LabelledComplaint g, Analysis a) {
        int w = 0;
        w += g.wageArrears() == Boolean.TRUE.equals(a.wageArrears()) ? 0 : 1;
        w += g.sector().equals(a.sector()) ? 0 : 1;
        w += Objects.equals(g.employer(), a.employer()) ? 0 : 1;
        w += Objects.equals(g.amountYuan(), a.amountYuan()) ? 0 : 1;
        w += Objects.equals(g.workers(), a.workers()) ? 0 : 1;
        w += Objects.equals(g.township(), a.township()) ? 0 : 1;
        w += g.absconded() == Boolean.TRUE.equals(a.absconded()) ? 0 : 1;
        return w;
    }

    public static void print(Report report, PrintStream out, int errors) {
        out.println("field                 " + String.join("", report.byLanguage().keySet().stream()
                .map(l -> String.format(Locale.ROOT, "%8s", l)).toList()) + "     all");
        row(out, "complaints", report, s -> (double) s.count(), "%8.0f");
        row(out, "language acc", report, Scores::language, "%8.3f");
        row(out, "wageArrears acc", report, Scores::wage, "%8.3f");
        row(out, "sector acc", report, Scores::sector, "%8.3f");
        row(out, "sector macro-F1", report, Scores::sectorMacroF1, "%8.3f");
        row(out, "employer exact", report, Scores::employerExact, "%8.3f");
        row(out, "employer overlap F1", report, Scores::employerOverlapF1, "%8.3f");
        row(out, "amount exact", report, Scores::amount, "%8.3f");
        row(out, "workers exact", report, Scores::workers, "%8.3f");
        row(out, "township acc", report, Scores::township, "%8.3f");
        row(out, "absconded acc", report, Scores::absconded, "%8.3f");
        row(out, "score", report, Scores::score, "%8.3f");
        out.printf(Locale.ROOT, "documents/s: %.0f%n", report.documentsPerSecond());
        for (Map.Entry<String, Scores> e : report.byLanguage().entrySet()) {
            out.printf(Locale.ROOT, "score %s: %.3f%n", e.getKey(), e.getValue().score());
        }
        printCalibration(report, out);
        for (Miss miss : report.misses().subList(0, Math.min(errors, report.misses().size()))) {
            LabelledComplaint g = miss.gold();
            Analysis a = miss.got();
            out.printf("%s (%d wrong): %s%n  gold: wage=%s sector=%s employer=%s amount=%s workers=%s township=%s absconded=%s%n"
                            + "  got:  wage=%s sector=%s employer=%s amount=%s workers=%s township=%s absconded=%s%n",
                    g.id(), miss.wrongFields(), g.text(), g.wageArrears(), g.sector(), g.employer(), g.amountYuan(),
                    g.workers(), g.township(), g.absconded(), a.wageArrears(), a.sector(), a.employer(),
                    a.amountYuan(), a.workers(), a.township(), a.absconded());
        }
        out.printf(Locale.ROOT, "score: %.3f%n", report.overall().score());
    }

    private static void row(PrintStream out, String name, Report report, java.util.function.ToDoubleFunction<Scores> f,
                            String format) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", name));
        for (Scores s : report.byLanguage().values()) {
            line.append(String.format(Locale.ROOT, format, f.applyAsDouble(s)));
        }
        line.append(String.format(Locale.ROOT, format, f.applyAsDouble(report.overall())));
        out.println(line);
    }

    /**
     * The redirect threshold T: the highest wageConfidence such that redirecting only texts below it keeps wage recall
     * at least {@link #WAGE_RECALL} in every language (the lowest of the per-language values).
     */
    public static double redirectThreshold(List<Pair> pairs) {
        double t = 1;
        for (String lang : languages(pairs)) {
            List<Double> wage = pairs.stream().filter(p -> p.gold().lang().equals(lang) && p.gold().wageArrears())
                    .map(p -> conf(p.got().wageConfidence())).sorted().toList();
            if (wage.isEmpty()) {
                continue;
            }
            int allowed = (int) Math.floor((1 - WAGE_RECALL) * wage.size() + 1e-9);
            t = Math.min(t, Math.floor(wage.get(allowed) * 100) / 100); // rounded down: recall only grows
        }
        return t;
    }

    /**
     * The confirm threshold S: the lowest sectorConfidence such that the sectors of wage complaints at or above it
     * are right at least {@link #SECTOR_ACCURACY} of the time in every language (the highest per-language value).
     */
    public static double confirmSectorThreshold(List<Pair> pairs) {
        double s = 0;
        for (String lang : languages(pairs)) {
            List<Pair> wage = pairs.stream().filter(p -> p.gold().lang().equals(lang) && p.gold().wageArrears()
                    && Boolean.TRUE.equals(p.got().wageArrears()) && onEvidence(p)).toList();
            double best = 1.01;
            for (int c = 100; c > (int) Math.round(SectorModel.NO_EVIDENCE_CONFIDENCE * 100); c--) {
                double threshold = c / 100.0;
                List<Pair> above = wage.stream().filter(p -> conf(p.got().sectorConfidence()) >= threshold).toList();
                long right = above.stream().filter(p -> p.gold().sector().equals(p.got().sector())).count();
                if (!above.isEmpty() && right >= SECTOR_ACCURACY * above.size()) {
                    best = threshold; // the lowest threshold whose sectors above it are right often enough
                }
            }
            s = Math.max(s, best);
        }
        return s;
    }

    /** Whether the sector came from an industry named in the text (not the no-evidence "other"). */
    static boolean onEvidence(Pair p) {
        return conf(p.got().sectorConfidence()) != SectorModel.NO_EVIDENCE_CONFIDENCE;
    }

    private static List<String> languages(List<Pair> pairs) {
        return pairs.stream().map(p -> p.gold().lang()).distinct().toList();
    }

    private static double conf(Double d) {
        return d == null ? 0 : d;
    }

    static void printCalibration(Report report, PrintStream out) {
        for (String lang : languages(report.pairs())) {
            Reliability wage = new Reliability();
            Reliability sector = new Reliability();
            int noEvidence = 0;
            int noEvidenceOther = 0;
            for (Pair p : report.pairs()) {
                if (!p.gold().lang().equals(lang)) {
                    continue;
                }
                wage.add(conf(p.got().wageConfidence()), p.gold().wageArrears());
                if (p.gold().wageArrears() && Boolean.TRUE.equals(p.got().wageArrears())) {
                    if (onEvidence(p)) {
                        sector.add(conf(p.got().sectorConfidence()), p.gold().sector().equals(p.got().sector()));
                    } else {
                        noEvidence++;
                        noEvidenceOther += p.gold().sector().equals("other") ? 1 : 0;
                    }
                }
            }
            wage.print(out, lang + " wageConfidence: observed = share about wages");
            sector.print(out, lang + " sectorConfidence of wage complaints naming an industry: observed = share right");
            out.printf(Locale.ROOT, "%s wage complaints naming no industry: %d, given \"other\" at %.2f; labelled other: %d%n",
                    lang, noEvidence, SectorModel.NO_EVIDENCE_CONFIDENCE, noEvidenceOther);
        }
        double t = redirectThreshold(report.pairs());
        double s = confirmSectorThreshold(report.pairs());
        out.printf(Locale.ROOT, "thresholds.redirectBelowWageConfidence T = %.2f (wage recall >= %.2f per language)%n",
                t, WAGE_RECALL);
        out.printf(Locale.ROOT, "thresholds.confirmSectorBelow S = %.2f (sector accuracy >= %.2f above it)%n", s,
                SECTOR_ACCURACY);
        for (String lang : languages(report.pairs())) {
            List<Pair> mine = report.pairs().stream().filter(p -> p.gold().lang().equals(lang)).toList();
            long wage = mine.stream().filter(p -> p.gold().wageArrears()).count();
            long kept = mine.stream().filter(p -> p.gold().wageArrears() && conf(p.got().wageConfidence()) >= t).count();
            long notWage = mine.size() - wage;
            long redirected = mine.stream().filter(p -> !p.gold().wageArrears() && conf(p.got().wageConfidence()) < t).count();
            List<Pair> wageOut = mine.stream().filter(p -> p.gold().wageArrears() && Boolean.TRUE.equals(p.got().wageArrears())).toList();
            long confirm = wageOut.stream().filter(p -> conf(p.got().sectorConfidence()) < s).count();
            long sureRight = wageOut.stream().filter(p -> conf(p.got().sectorConfidence()) >= s
                    && p.gold().sector().equals(p.got().sector())).count();
            out.printf(Locale.ROOT, "%s at T: wage recall %.3f (%d/%d), not-wage redirected %.3f (%d/%d); at S: sector "
                            + "confirmed by the lead bureau %.3f (%d/%d), accuracy of the rest %.3f%n", lang,
                    kept / (double) Math.max(1, wage), kept, wage, redirected / (double) Math.max(1, notWage), redirected,
                    notWage, confirm / (double) Math.max(1, wageOut.size()), confirm, wageOut.size(),
                    sureRight / (double) Math.max(1, wageOut.size() - confirm));
        }
    }
}
