package org.xinsheng.nlp.classify;

import org.xinsheng.nlp.text.ChineseTokenizer;
import org.xinsheng.nlp.text.Gazetteer;
import org.xinsheng.nlp.text.TibetanSyllables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The features the sector categorizer sees, in named families so that cross-validation can compare sets of them:
 * {@code w} words (HanLP for Chinese, syllables for Tibetan), {@code wb} word bigrams, {@code c2}/{@code c3}
 * character bigrams/trigrams (Han characters in Chinese; Tibetan letters, tsheg included, in Tibetan; they carry
 * what a segmenter splits oddly and words it has never seen), and {@code cue} one "cue=sector" feature per gazetteer
 * cue word found in the text.
 */
public final class SectorFeatures {

    private record Cue(String sector, String lang, String word) {
    }

    private static final List<Cue> CUES = Gazetteer.rows("sector-cues.tsv").stream()
            .map(r -> new Cue(r[0], r[1], r[2])).toList();

    /** For each char, the indexes in {@link #CUES} of the cue words that begin with it. */
    private static final int[][] CUES_BY_FIRST_CHAR = cuesByFirstChar();

    private static int[][] cuesByFirstChar() {
        int[][] byFirst = new int[Character.MAX_VALUE + 1][];
        for (int c = 0; c < CUES.size(); c++) {
            String word = CUES.get(c).word();
            if (!word.isEmpty()) {
                int[] old = byFirst[word.charAt(0)];
                int[] grown = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
                grown[grown.length - 1] = c;
                byFirst[word.charAt(0)] = grown;
            }
        }
        return byFirst;
    }

    /**
     * Which cue words occur in the text, by index in {@link #CUES}: what {@code folded.contains(word)} says of each,
     * from one pass over the text instead of one search per cue word.
     */
    private static boolean[] cuesIn(String folded) {
        boolean[] found = new boolean[CUES.size()];
        for (int c = 0; c < found.length; c++) {
            found[c] = CUES.get(c).word().isEmpty();
        }
        for (int i = 0; i < folded.length(); i++) {
            int[] starting = CUES_BY_FIRST_CHAR[folded.charAt(i)];
            if (starting != null) {
                for (int c : starting) {
                    if (!found[c] && folded.startsWith(CUES.get(c).word(), i)) {
                        found[c] = true;
                    }
                }
            }
        }
        return found;
    }

    public static final Set<String> ALL_FAMILIES = Set.of("w", "wb", "c2", "c3", "cue");

    /** The families the packaged models were trained with, per language (nlp-models/README.md: the cross-validation). */
    private static final java.util.Map<String, Set<String>> DEFAULT_FAMILIES = java.util.Map.of(
            "zh", Set.of(System.getProperty("xinsheng.nlp.features.zh", "w,c2,cue").split(",")),
            "bo", Set.of(System.getProperty("xinsheng.nlp.features.bo", "w,wb,c3,cue").split(",")));

    public static Set<String> defaultFamilies(String lang) {
        return DEFAULT_FAMILIES.get(lang);
    }

    static final int CUE_WEIGHT = Integer.getInteger("xinsheng.nlp.cueWeight", 2);

    private SectorFeatures() {
    }

    /** Whether any cue word of an industry (not the not-wage cues) occurs in the text. */
    public static boolean hasIndustryCue(String folded) {
        boolean[] found = cuesIn(folded);
        for (int c = 0; c < found.length; c++) {
            if (found[c] && !CUES.get(c).sector().equals("not_wage")) {
                return true;
            }
        }
        return false;
    }

    /** The industries whose cue words occur in the text: the evidence a sector may be chosen from. */
    public static Set<String> cueSectors(String folded) {
        Set<String> sectors = new java.util.HashSet<>();
        boolean[] found = cuesIn(folded);
        for (int c = 0; c < found.length; c++) {
            if (found[c] && !CUES.get(c).sector().equals("not_wage")) {
                sectors.add(CUES.get(c).sector());
            }
        }
        return sectors;
    }

    private static final java.util.regex.Pattern UNPAID_WAGE = java.util.regex.Pattern.compile(
            "(?:工资|工钱|薪水|薪资|血汗钱|辛苦钱)[^，。；！？,.;!?]{0,6}?(?:一分(?:钱)?(?:都|也)?(?:没|不)|没(?:有)?(?:给|发|结|付)"
                    + "|未(?:发|付|结)|不给|欠着|发不了|发不出|不发)|(?:欠|拖欠|克扣)[^，。；！？,.;!?]{0,6}?(?:工资|工钱|薪水)");

    /** Whether a Chinese text says in so many words that wages were not paid. */
    public static boolean statesUnpaidWage(String lang, String folded) {
        return lang.equals("zh") && UNPAID_WAGE.matcher(folded).find();
    }

    public static String[] of(String lang, String folded) {
        return of(lang, folded, defaultFamilies(lang));
    }

    /**
     * The features of the given families, in the order {@link #all} lists them (so equal to selecting them from it):
     * the families left out are not built at all.
     */
    public static String[] of(String lang, String folded, Set<String> families) {
        boolean w = families.contains("w");
        boolean wb = families.contains("wb");
        boolean c2 = families.contains("c2");
        boolean c3 = families.contains("c3");
        List<String> words = w || wb ? (lang.equals("bo") ? tibetanWords(folded) : ChineseTokenizer.words(folded)) : List.of();
        List<String> features = new ArrayList<>(words.size() * 2 + folded.length() * 2 + 8);
        if (w) {
            for (String word : words) {
                features.add("w=" + word);
            }
        }
        if (wb) {
            for (int i = 0; i + 1 < words.size(); i++) {
                features.add("wb=" + words.get(i) + "_" + words.get(i + 1));
            }
        }
        if (c2 || c3) {
            // Numerals become '#': an amount like 三万五 seen in one sector's training lines says nothing of the sector
            // (Naive Bayes read "三万五" as proof of water)
            String chars = numeralsMasked(folded);
            for (int i = 0; i + 1 < chars.length(); i++) {
                char a = chars.charAt(i);
                char b = chars.charAt(i + 1);
                if (isLetter(lang, a) && isLetter(lang, b)) {
                    if (c2) {
                        features.add("c2=" + a + b);
                    }
                    if (c3 && i + 2 < chars.length() && isLetter(lang, chars.charAt(i + 2))) {
                        features.add("c3=" + a + b + chars.charAt(i + 2));
                    }
                }
            }
        }
        if (families.contains("cue")) {
            boolean[] found = cuesIn(folded);
            for (int c = 0; c < found.length; c++) {
                if (found[c]) {
                    // Repeated so that a cue word outweighs the many incidental words and n-grams of a long complaint
                    for (int k = 0; k < CUE_WEIGHT; k++) {
                        features.add("cue=" + CUES.get(c).sector());
                    }
                }
            }
        }
        return features.toArray(String[]::new);
    }

    /** Every family's features, each prefixed with its family name and '='. */
    public static String[] all(String lang, String folded) {
        return of(lang, folded, ALL_FAMILIES);
    }

    public static String[] select(String[] all, Set<String> families) {
        if (families.containsAll(ALL_FAMILIES)) {
            return all;
        }
        List<String> kept = new ArrayList<>(all.length);
        for (String f : all) {
            if (families.contains(f.substring(0, f.indexOf('=')))) {
                kept.add(f);
            }
        }
        return kept.toArray(String[]::new);
    }

    private static final String NUMERALS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬俩廿卅";

    private static String numeralsMasked(String folded) {
        char[] out = folded.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (NUMERALS.indexOf(out[i]) >= 0 || out[i] >= '0' && out[i] <= '9') {
                out[i] = '#';
            }
        }
        return new String(out);
    }

    private static boolean isLetter(String lang, char c) {
        return c == '#' || c >= '\u4e00' && c <= '\u9fff' || lang.equals("bo") && c >= '\u0f00' && c <= '\u0fff'
                && !(c >= '\u0f20' && c <= '\u0f33') && c != '\u0f0d';
    }

    private static List<String> tibetanWords(String folded) {
        List<String> words = new ArrayList<>();
        for (String token : TibetanSyllables.tokens(folded)) {
            if (token.equals(TibetanSyllables.BREAK)) {
                continue;
            }
            char first = token.charAt(0);
            if (Character.isDigit(first)) {
                words.add("<num>");
            } else if (Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN) {
                // A Chinese name or word inside Tibetan text: its characters, so 建筑公司 and 公司 share features
                for (int i = 0; i < token.length(); i++) {
                    words.add(String.valueOf(token.charAt(i)));
                }
            } else {
                words.add(token);
            }
        }
        return words;
    }
}
