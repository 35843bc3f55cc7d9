package org.xinsheng.nlp.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Folds a complaint into the form the extractors read, one character for one character so that an offset in the
 * folded text is the same offset in the original (employers are copied verbatim from the original).
 * Full-width digits and letters become ASCII, Tibetan digits ༠–༩ (and every other script's decimal digits) become 0–9, control characters and the halves of
 * broken surrogate pairs become spaces, and the traditional characters of {@code traditional-zh.txt} become
 * simplified ones.
 */
public final class TextNormalizer {

    private static final Map<Character, Character> SIMPLIFIED = simplified();

    /** Longer input is analysed on its first part only: complaints are short, and the analyzer must stay fast. */
    public static final int MAX_ANALYSED_CHARS = 4000;

    private TextNormalizer() {
    }

    public static String clip(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= MAX_ANALYSED_CHARS) {
            return text;
        }
        int end = MAX_ANALYSED_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    public static String fold(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out[i] = (char) (c - 0xFEE0);
            } else if (c >= '\u0F20' && c <= '\u0F29') {
                out[i] = (char) ('0' + (c - 0x0F20));
            } else if (c > 127 && Character.isDigit(c)) {
                out[i] = (char) ('0' + Character.digit(c, 10)); // any other script's digits: read as digits, never parsed raw
            } else if (c >= '\u4e00' && c <= '\u9fff' && SIMPLIFIED.containsKey(c)) {
                out[i] = SIMPLIFIED.get(c);
            } else if (c == '\u3000' || Character.isISOControl(c)) {
                out[i] = ' ';
            } else if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        ? i + 1 < out.length && Character.isLowSurrogate(out[i + 1])
                        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
                if (!paired) {
                    out[i] = ' ';
                }
            }
        }
        return new String(out);
    }

    private static Map<Character, Character> simplified() {
        Map<Character, Character> map = new HashMap<>();
        for (String[] row : Gazetteer.rows("traditional-zh.txt")) {
            for (String pair : String.join(" ", row).split("\\s+")) {
                if (pair.length() == 2 && pair.charAt(0) != pair.charAt(1)) {
                    map.put(pair.charAt(0), pair.charAt(1));
                }
            }
        }
        return Map.copyOf(map);
    }
}
