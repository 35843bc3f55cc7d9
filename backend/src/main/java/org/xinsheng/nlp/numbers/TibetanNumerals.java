package org.xinsheng.nlp.numbers;

import org.xinsheng.nlp.text.Gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads numbers in Tibetan syllable tokens: digits (already folded to 0–9) and number words from the gazetteer
 * {@code tibetan-numbers.tsv}: ཁྲི་གསུམ 30000, ལྔ་བརྒྱ 500, སྟོང་ཕྲག་ལྔ 5000, ཉི་ཤུ 20, ཉེར་ལྔ 25, བཅོ་བརྒྱད 18,
 * ཁྲི་གཅིག་དང་སྟོང་ལྔ 15000, ༣ ཁྲི 30000.
 */
public final class TibetanNumerals {

    public record Read(double value, int end) {
    }

    private record Word(String kind, long value) {
    }

    private static final Map<String, Word> WORDS = new HashMap<>();

    static {
        for (String[] row : Gazetteer.rows("tibetan-numbers.tsv")) {
            WORDS.put(row[0], new Word(row[1], Long.parseLong(row[2])));
        }
    }

    private TibetanNumerals() {
    }

    /** A number starting at token {@code i}, or null. */
    public static Read read(List<String> tokens, int i) {
        Read group = group(tokens, i);
        if (group == null) {
            return null;
        }
        double total = group.value();
        int end = group.end();
        while (end < tokens.size()) {
            int next = end < tokens.size() && tokens.get(end).equals("དང") ? end + 1 : end;
            Read more = group(tokens, next);
            if (more == null || more.value() >= lastMagnitude(total)) {
                break;
            }
            total += more.value();
            end = more.end();
        }
        return new Read(total, end);
    }

    private static double lastMagnitude(double total) {
        double m = 1;
        while (m * 10 <= total) {
            m *= 10;
        }
        return m;
    }

    private static Read group(List<String> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        String t = tokens.get(i);
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            if (t.length() > 12) {
                return null;
            }
            double v = Double.parseDouble(t);
            Match mult = match(tokens, i + 1);
            if (mult != null && mult.word().kind().equals("mult")) {
                return new Read(v * mult.word().value(), mult.end());
            }
            return new Read(v, i + 1);
        }
        Match m = match(tokens, i);
        if (m == null) {
            return null;
        }
        switch (m.word().kind()) {
            case "digit" -> {
                Match next = match(tokens, m.end());
                if (next != null && next.word().kind().equals("mult")) {
                    return new Read(m.word().value() * next.word().value(), next.end());
                }
                if (m.end() < tokens.size() && (tokens.get(m.end()).equals("ཅུ") || tokens.get(m.end()).equals("བཅུ"))) {
                    return new Read(m.word().value() * 10, m.end() + 1);
                }
                return new Read(m.word().value(), m.end());
            }
            case "ten" -> {
                if (m.end() + 1 < tokens.size() && tokens.get(m.end()).equals("རྩ")) {
                    Match unit = match(tokens, m.end() + 1);
                    if (unit != null && unit.word().kind().equals("digit")) {
                        return new Read(m.word().value() + unit.word().value(), unit.end());
                    }
                }
                return new Read(m.word().value(), m.end());
            }
            case "teen" -> {
                return new Read(m.word().value(), m.end());
            }
            case "tens-prefix" -> {
                Match unit = match(tokens, m.end());
                return unit != null && unit.word().kind().equals("digit")
                        ? new Read(m.word().value() + unit.word().value(), unit.end()) : null;
            }
            case "mult" -> {
                int at = m.end();
                if (at < tokens.size() && tokens.get(at).equals("ཕྲག")) {
                    at++;
                }
                Read count = countAfterMultiplier(tokens, at);
                return count == null ? new Read(m.word().value(), m.end())
                        : new Read(m.word().value() * count.value(), count.end());
            }
            default -> {
                return null;
            }
        }
    }

    private static Read countAfterMultiplier(List<String> tokens, int at) {
        Match count = match(tokens, at);
        if (count == null) {
            return null;
        }
        String kind = count.word().kind();
        if (kind.equals("digit")) {
            return new Read(count.word().value(), count.end());
        }
        if (kind.equals("teen") || kind.equals("ten")) {
            return new Read(count.word().value(), count.end());
        }
        if (kind.equals("tens-prefix")) {
            Match unit = match(tokens, count.end());
            return unit != null && unit.word().kind().equals("digit")
                    ? new Read(count.word().value() + unit.word().value(), unit.end()) : null;
        }
        return null;
    }

    private record Match(Word word, int end) {
    }

    private static Match match(List<String> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        if (i + 1 < tokens.size()) {
            Word two = lookup(tokens.get(i) + "་" + tokens.get(i + 1));
            if (two != null) {
                return new Match(two, i + 2);
            }
        }
        Word one = lookup(tokens.get(i));
        return one == null ? null : new Match(one, i + 1);
    }

    /** A number word, also with a case particle fused onto it: བཞིས, བཅུས, བཞིའི, ལྔར. */
    private static Word lookup(String word) {
        Word w = WORDS.get(word);
        if (w != null) {
            return w;
        }
        for (String particle : FUSED_PARTICLES) {
            if (word.endsWith(particle) && word.length() > particle.length() + 1) {
                w = WORDS.get(word.substring(0, word.length() - particle.length()));
                if (w != null) {
                    return w;
                }
            }
        }
        return null;
    }

    private static final List<String> FUSED_PARTICLES = List.of("འི", "ས", "ར");

    public static boolean isNumberWord(String token) {
        return WORDS.containsKey(token);
    }
}
