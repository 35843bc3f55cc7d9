package org.xinsheng.nlp.eval;

import org.xinsheng.nlp.Analysis;
import org.xinsheng.nlp.Analyzer;
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

    public record Report(Map<String, Scores> byLanguage, Scores overall, double documentsPerSecond, List<Miss> misses) {
    }

    private Evaluator() {
    }

    public static Report evaluate(Analyzer analyzer, List<LabelledComplaint> lines) {
        Map<String, Scores> byLanguage = new LinkedHashMap<>();
        Scores overall = new Scores();
        List<Miss> misses = new ArrayList<>();
        long start = System.nanoTime();
        for (LabelledComplaint gold : lines) {
            Analysis got = analyzer.analyze(gold.text());
            byLanguage.computeIfAbsent(gold.lang(), k -> new Scores()).add(gold, got);
            overall.add(gold, got);
            int wrong = wrongFields(gold, got);
            if (wrong > 0) {
                misses.add(new Miss(gold, got, wrong));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        misses.sort(Comparator.comparingInt(Miss::wrongFields).reversed());
        return new Report(byLanguage, overall, lines.size() / Math.max(seconds, 1e-9), misses);
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
}
