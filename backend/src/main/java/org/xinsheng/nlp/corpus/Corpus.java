package org.xinsheng.nlp.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A corpus file's labelled lines and the SHA-256 of its bytes (recorded beside the models trained from it). */
public record Corpus(String name, List<LabelledComplaint> lines, String sha256) {

    public static Corpus read(String name, byte[] bytes) {
        List<LabelledComplaint> lines = new ArrayList<>();
        int n = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                lines.add(LabelledComplaint.fromJson(line));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage(), e);
            }
        }
        return new Corpus(name, List.copyOf(lines), sha256(bytes));
    }

    /** A corpus packaged by nlp-models under {@code nlp/corpora/}, e.g. "zh-dev.jsonl". */
    public static Corpus fromClasspath(String file) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream("nlp/corpora/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus on the classpath: nlp/corpora/" + file);
            }
            return read(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
