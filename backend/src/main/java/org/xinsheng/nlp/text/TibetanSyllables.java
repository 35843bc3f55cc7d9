package org.xinsheng.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Tibetan into syllables on the tsheg (་) and shad (།), and keeps runs of other scripts (a Chinese company
 * name, Arabic digits) as tokens of their own. Input is expected folded ({@link TextNormalizer#fold}).
 */
public final class TibetanSyllables {

    private TibetanSyllables() {
    }

    public static boolean isTibetanLetter(char c) {
        return c >= '\u0F40' && c <= '\u0FBC';
    }

    /** The token that stands for a shad or other sentence punctuation, so that readers can stop at a clause end. */
    public static final String BREAK = "|";

    private static boolean isBreak(char c) {
        return c == '།' || c == '༎' || c == '༏' || c == '༑' || "，。；！？,.;!?\n".indexOf(c) >= 0;
    }

    public static List<String> tokens(String folded) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int kind = 0; // 1 Tibetan, 2 digits, 3 Han, 4 Latin
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            int k = isTibetanLetter(c) ? 1 : Character.isDigit(c) ? 2
                    : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 3
                    : Character.isLetter(c) ? 4 : 0;
            if (k != kind) {
                flush(tokens, current);
                kind = k;
            }
            if (isBreak(c) && (tokens.isEmpty() || !tokens.get(tokens.size() - 1).equals(BREAK))) {
                tokens.add(BREAK);
            }
            if (k != 0) {
                current.append(k == 4 ? Character.toLowerCase(c) : c);
            }
        }
        flush(tokens, current);
        return tokens;
    }

    private static void flush(List<String> tokens, StringBuilder current) {
        if (current.length() > 0) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }
}
