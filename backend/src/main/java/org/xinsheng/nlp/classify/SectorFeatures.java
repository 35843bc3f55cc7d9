package org.xinsheng.nlp.classify;

import org.xinsheng.nlp.text.ChineseTokenizer;
import org.xinsheng.nlp.text.Gazetteer;
import org.xinsheng.nlp.text.TibetanSyllables;

import java.util.ArrayList;
import java.util.List;

/**
 * The features the sector categorizer sees: words (HanLP for Chinese, syllables for Tibetan), word bigrams, and one
 * "cue=sector" feature per gazetteer cue word found in the text.
 */
public final class SectorFeatures {

    private record Cue(String sector, String lang, String word) {
    }

    private static final List<Cue> CUES = Gazetteer.rows("sector-cues.tsv").stream()
            .map(r -> new Cue(r[0], r[1], r[2])).toList();

    static final int CUE_WEIGHT = Integer.getInteger("xinsheng.nlp.cueWeight", 2);

    private SectorFeatures() {
    }

    /** Whether any cue word of an industry (not the not-wage cues) occurs in the text. */
    public static boolean hasIndustryCue(String folded) {
        for (Cue cue : CUES) {
            if (!cue.sector().equals("not_wage") && folded.contains(cue.word())) {
                return true;
            }
        }
        return false;
    }

    public static String[] of(String lang, String folded) {
        List<String> words = lang.equals("bo") ? tibetanWords(folded) : ChineseTokenizer.words(folded);
        List<String> features = new ArrayList<>(words.size() * 2 + 8);
        features.addAll(words);
        if (lang.equals("bo")) {
            for (int i = 0; i + 1 < words.size(); i++) {
                features.add(words.get(i) + "_" + words.get(i + 1));
            }
        } else {
            // Character bigrams carry what the word segmenter splits oddly (郎木寺 as a person's name, new words)
            for (int i = 0; i + 1 < folded.length(); i++) {
                char a = folded.charAt(i);
                char b = folded.charAt(i + 1);
                if (isHan(a) && isHan(b)) {
                    features.add("c2=" + a + b);
                }
            }
        }
        for (Cue cue : CUES) {
            if (folded.contains(cue.word())) {
                // Repeated so that a cue word outweighs the many incidental words and bigrams of a long complaint
                for (int k = 0; k < CUE_WEIGHT; k++) {
                    features.add("cue=" + cue.sector());
                }
            }
        }
        return features.toArray(String[]::new);
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
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
