package org.xinsheng.nlp.names;

import org.xinsheng.nlp.text.TibetanSyllables;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens the employer name finder reads, with their offsets in the text: one token per Chinese character, one
 * per Tibetan syllable (tshegs and shads between them are dropped), one per run of Latin letters or digits, one per
 * other visible character. Offsets are the same in the folded and the original text, so a span found is copied
 * verbatim.
 */
public final class NameTokens {

    public record Token(int start, int end) {
    }

    private NameTokens() {
    }

    public static List<Token> of(String folded) {
        List<Token> tokens = new ArrayList<>(folded.length());
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            int end = i + 1;
            if (TibetanSyllables.isTibetanLetter(c)) {
                while (end < folded.length() && TibetanSyllables.isTibetanLetter(folded.charAt(end))) {
                    end++;
                }
            } else if (isLatinOrDigit(c)) {
                while (end < folded.length() && isLatinOrDigit(folded.charAt(end))) {
                    end++;
                }
            } else if (Character.isWhitespace(c) || c == '་' || Character.isSurrogate(c)) {
                i++;
                continue;
            }
            tokens.add(new Token(i, end));
            i = end;
        }
        return tokens;
    }

    public static String[] texts(String folded, List<Token> tokens) {
        String[] texts = new String[tokens.size()];
        for (int k = 0; k < texts.length; k++) {
            String t = folded.substring(tokens.get(k).start(), tokens.get(k).end());
            texts[k] = t.chars().allMatch(Character::isDigit) ? "<num>" : t;
        }
        return texts;
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
