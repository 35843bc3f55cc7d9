package org.xinsheng.chat;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words the bot listens for (yes, no, I don't know, restart, field names...), in chat/vocabulary.properties so that
 * speakers can extend them without touching code. Matching ignores case, spaces, punctuation and Tibetan tsheg/shad;
 * longer words are tried first ("写错了" before "错了").
 */
@Singleton
public class Vocabulary {

    private final Map<String, List<String>> words = new HashMap<>();
    private final Properties raw = new Properties();
    private final Map<String, List<Pattern>> patterns = new HashMap<>();

    public Vocabulary() {
        Properties p = raw;
        try (InputStream in = Vocabulary.class.getResourceAsStream("/chat/vocabulary.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : p.stringPropertyNames()) {
            List<String> list = Arrays.stream(p.getProperty(key).split(","))
                    .map(Vocabulary::normalize).filter(w -> !w.isEmpty())
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
            words.put(key, list);
            patterns.put(key, list.stream().map(Vocabulary::loosePattern).toList());
        }
    }

    /** The text, normalised for matching. */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || isTibetanSign(cp) || cp == '#' || cp == ':') {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Tibetan vowel signs and subjoined letters are marks, not letters, to Java; tsheg and shad are dropped. */
    private static boolean isTibetanSign(int cp) {
        return cp >= 0x0F18 && cp <= 0x0FBC && cp != 0x0F0B && cp != 0x0F0D && cp != 0x0F0E;
    }

    /** An entry as written, for the few that are sentences rather than word lists. */
    public String raw(String key) {
        return raw.getProperty(key, "");
    }

    public List<String> list(String key) {
        return words.getOrDefault(key, List.of());
    }

    /** The whole message is one of the words. */
    public boolean is(String key, String normalized) {
        return list(key).contains(normalized);
    }

    /** The message contains one of the words. */
    public boolean mentions(String key, String normalized) {
        return list(key).stream().anyMatch(normalized::contains);
    }

    /** The raw text with every listed word taken out, wherever tsheg, spaces or punctuation fall inside it. */
    public String strip(String key, String text) {
        String rest = text;
        for (Pattern p : patterns.getOrDefault(key, List.of())) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    /** A Tibetan word starts a syllable: མ་རེད is not inside གསུམ་རེད. */
    private static Pattern loosePattern(String word) {
        String body = word.codePoints().mapToObj(cp -> Pattern.quote(new String(Character.toChars(cp))))
                .collect(Collectors.joining("[\\u0F0B\\u0F0D\\s\\p{P}]*"));
        boolean tibetan = !word.isEmpty() && isTibetanLetter(word.codePointAt(0));
        return Pattern.compile(tibetan ? "(?<![\\u0F40-\\u0FBC])" + body : body,
                Pattern.CASE_INSENSITIVE);
    }

    private static boolean isTibetanLetter(int cp) {
        return cp >= 0x0F40 && cp <= 0x0FBC;
    }

    /** The message with every occurrence of the listed words taken out. */
    public String without(String key, String normalized) {
        String rest = normalized;
        for (String w : list(key)) {
            rest = rest.replace(w, "");
        }
        return rest;
    }
}
