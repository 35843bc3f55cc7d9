package org.xinsheng.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the tab-separated gazetteer files packaged by nlp-models under {@code nlp/gazetteers/}. */
public final class Gazetteer {

    private Gazetteer() {
    }

    /** The rows of a gazetteer file, split on tabs; blank lines and lines starting with '#' are skipped. */
    public static List<String[]> rows(String file) {
        String resource = "nlp/gazetteers/" + file;
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer on the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    rows.add(trimmed.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Named word lists from a two-column file (list name, word), in file order. */
    public static Map<String, List<String>> lists(String file) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String[] row : rows(file)) {
            lists.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        lists.replaceAll((k, v) -> List.copyOf(v));
        return lists;
    }

    /** The second column of the rows whose first column is {@code lang}. */
    public static List<String> words(String file, String lang) {
        return rows(file).stream().filter(r -> r.length > 1 && r[0].equals(lang)).map(r -> r[1]).toList();
    }
}
