package org.xinsheng.nlp;

import org.xinsheng.nlp.classify.SectorModel;
import org.xinsheng.nlp.classify.SectorTrainer;
import org.xinsheng.nlp.corpus.Corpus;
import org.xinsheng.nlp.corpus.JsonLine;
import org.xinsheng.nlp.corpus.LabelledComplaint;
import org.xinsheng.nlp.eval.AnalyzerBenchmark;
import org.xinsheng.nlp.eval.CrossValidator;
import org.xinsheng.nlp.eval.Evaluator;
import org.xinsheng.nlp.names.EmployerNameFinder;
import org.xinsheng.nlp.names.EmployerNameTrainer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analyzer's command-line tools, run without the HTTP server or the database:
 * {@code analyze} (JSON Lines in, analyses out), {@code nlp-eval}, {@code nlp-train}, {@code nlp-cv} and
 * {@code nlp-bench}. Only results go to standard output; everything else (library logs too) goes to standard error.
 */
public final class NlpCommands {

    public static final Set<String> COMMANDS = Set.of("analyze", "nlp-eval", "nlp-train", "nlp-cv", "nlp-bench");
    public static final List<String> LANGUAGES = List.of("zh", "bo");

    private NlpCommands() {
    }

    public static int run(String[] args) throws IOException {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        PrintStream err = System.err;
        List<String> rest = List.of(args).subList(1, args.length);
        return switch (args[0]) {
            case "analyze" -> analyze(System.in, stdout);
            case "nlp-eval" -> evaluate(rest, stdout);
            case "nlp-train" -> train(TrainingExtras.directory(rest), TrainingExtras.lines(rest), err);
            case "nlp-cv" -> CrossValidator.run(rest, stdout);
            case "nlp-bench" -> AnalyzerBenchmark.run(devSets(), stdout);
            default -> 2;
        };
    }

    static int analyze(InputStream in, PrintStream stdout) throws IOException {
        Analyzer analyzer = new Analyzer();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            Object id = null;
            try {
                Map<String, Object> fields = JsonLine.parse(line);
                id = fields.get("id");
                Object text = fields.get("text");
                if (!(text instanceof String s)) {
                    out.println(AnalysisJson.error(id, "text is required and must be a string"));
                } else {
                    out.println(AnalysisJson.line(id, analyzer.analyze(s)));
                }
            } catch (IOException e) {
                out.println(AnalysisJson.error(id, "the line is not a JSON object"));
            } catch (RuntimeException e) {
                out.println(AnalysisJson.error(id, "the line could not be analysed"));
            }
            out.flush();
        }
        out.flush();
        return 0;
    }

    static int evaluate(List<String> args, PrintStream stdout) throws IOException {
        int errors = 0;
        List<LabelledComplaint> lines = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--errors")) {
                errors = i + 1 < args.size() && args.get(i + 1).matches("\\d+") ? Integer.parseInt(args.get(++i)) : 30;
            } else {
                Path file = Path.of(args.get(i));
                lines.addAll(Corpus.read(file.toString(), Files.readAllBytes(file)).lines());
            }
        }
        if (lines.isEmpty()) {
            lines = devSets();
        }
        Evaluator.print(Evaluator.evaluate(new Analyzer(), lines), stdout, errors);
        return 0;
    }

    public static List<LabelledComplaint> devSets() {
        List<LabelledComplaint> lines = new ArrayList<>();
        for (String lang : LANGUAGES) {
            lines.addAll(Corpus.fromClasspath(lang + "-dev.jsonl").lines());
        }
        return lines;
    }

    /**
     * Trains one categorizer per language from DIR/corpora/LANG-train.jsonl (plus the lines of that language in the
     * --extra files, such as exported staff corrections) into DIR/models, with the corpus hash.
     */
    static int train(Path dir, List<LabelledComplaint> extra, PrintStream log) throws IOException {
        for (String lang : LANGUAGES) {
            Path corpusFile = dir.resolve("corpora").resolve(lang + "-train.jsonl");
            Corpus corpus = TrainingExtras.with(Corpus.read(corpusFile.getFileName().toString(),
                    Files.readAllBytes(corpusFile)), extra, lang);
            long start = System.nanoTime();
            SectorModel model = SectorTrainer.train(lang, corpus.lines());
            Path models = Files.createDirectories(dir.resolve("models"));
            for (int k = 1; k <= 9; k++) {
                Files.deleteIfExists(models.resolve("sector-" + lang + "-" + (k + 1) + ".bin"));
            }
            for (int k = 0; k < model.models().size(); k++) {
                String name = "sector-" + lang + (k == 0 ? "" : "-" + (k + 1)) + ".bin";
                try (var out = Files.newOutputStream(models.resolve(name))) {
                    model.models().get(k).serialize(out);
                }
            }
            Files.writeString(models.resolve("calibration-" + lang + ".tsv"), model.calibration().toTsv(),
                    StandardCharsets.UTF_8);
            Files.writeString(models.resolve("sector-" + lang + ".sha256"),
                    corpus.sha256() + "  " + corpus.name() + "\n", StandardCharsets.UTF_8);
            log.printf("trained sector-%s from %d complaints in %d ms (corpus sha256 %s)%n", lang,
                    corpus.lines().size(), (System.nanoTime() - start) / 1_000_000, corpus.sha256());
            start = System.nanoTime();
            EmployerNameFinder names = EmployerNameTrainer.train(lang, corpus.lines());
            try (var out = Files.newOutputStream(models.resolve("employer-" + lang + ".bin"))) {
                names.model().serialize(out);
            }
            Files.writeString(models.resolve("employer-" + lang + ".sha256"),
                    corpus.sha256() + "  " + corpus.name() + "\n", StandardCharsets.UTF_8);
            log.printf("trained employer-%s in %d ms%n", lang, (System.nanoTime() - start) / 1_000_000);
        }
        return 0;
    }

    /** The corpus hash recorded beside a packaged model ({@code kind} "sector" or "employer"). */
    public static String recordedCorpusHash(String kind, String lang) throws IOException {
        try (InputStream in = NlpCommands.class.getClassLoader()
                .getResourceAsStream("nlp/models/" + kind + "-" + lang + ".sha256")) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\s+")[0];
        }
    }
}
