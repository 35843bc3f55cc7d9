package org.xinsheng.nlp;

import org.xinsheng.nlp.corpus.Corpus;
import org.xinsheng.nlp.corpus.LabelledComplaint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nlp-train [DIR] [--extra FILE.jsonl]...}: labelled lines from outside DIR's corpora, such as the staff
 * corrections {@code nlp-export-corrections} writes, join the training lines of their language.
 */
final class TrainingExtras {

    private TrainingExtras() {
    }

    /** The first argument that is not an option or an option's value; nlp-models by default. */
    static Path directory(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--extra")) {
                i++;
            } else {
                return Path.of(args.get(i));
            }
        }
        return Path.of("nlp-models");
    }

    /** Every line of every --extra file, checked as corpus lines are. */
    static List<LabelledComplaint> lines(List<String> args) throws IOException {
        List<LabelledComplaint> lines = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--extra")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--extra needs a file");
                }
                Path file = Path.of(args.get(++i));
                lines.addAll(Corpus.read(file.toString(), Files.readAllBytes(file)).lines());
            }
        }
        return lines;
    }

    /** The corpus with the extra lines of its language after its own; the hash covers both. */
    static Corpus with(Corpus corpus, List<LabelledComplaint> extra, String lang) {
        List<LabelledComplaint> mine = extra.stream().filter(l -> lang.equals(l.lang())).toList();
        if (mine.isEmpty()) {
            return corpus;
        }
        List<LabelledComplaint> lines = new ArrayList<>(corpus.lines());
        lines.addAll(mine);
        StringBuilder fingerprint = new StringBuilder(corpus.sha256());
        mine.forEach(l -> fingerprint.append('\n').append(l));
        return new Corpus(corpus.name() + " + " + mine.size() + " extra", List.copyOf(lines),
                Corpus.sha256(fingerprint.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
