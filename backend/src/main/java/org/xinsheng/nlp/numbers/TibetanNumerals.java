package org.xinsheng.nlp.numbers;

import org.xinsheng.nlp.text.Gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads numbers in Tibetan syllable tokens: digits (already folded to 0–9) and number words from the gazetteer
 * {@code tibetan-numbers.tsv}: ཁྲི་གསུམ 30000, ལྔ་བརྒྱ 500, སྟོང་ཕྲག་ལྔ 5000, ཉི་ཤུ 20, ཉེར་ལྔ 25, བཅོ་བརྒྱད 18,
 * ཁྲི་གཅིག་དང་སྟོང་ལྔ 15000, ༣ ཁྲི 30000; a tens word, its joiner and a digit: ཉི་ཤུ་རྩ་གཅིག 21, ལྔ་བཅུ་ང་གཅིག 51,
 * ཁྲི་དྲུག་ཅུ་རེ་གཅིག 610000; the short forms སོ་གཅིག 31, ཁྲི་ང་གཅིག 510000.
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

    private static final String TENS_PREFIX = "tens-prefix";
    /** A short tens form that is also an everyday word (ང "I", རེ "each"): a number only where one is expected. */
    private static final String TENS_PREFIX_HOMOGRAPH = "tens-prefix-homograph";
    private static final Set<String> MONEY_WORDS = Set.copyOf(Gazetteer.lists("money-cues-bo.tsv").get("money"));

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
                    return tensAndUnit(tokens, m.word().value() * 10, m.end() + 1);
                }
                return new Read(m.word().value(), m.end());
            }
            case "ten" -> {
                return tensAndUnit(tokens, m.word().value(), m.end());
            }
            case "teen" -> {
                return new Read(m.word().value(), m.end());
            }
            case TENS_PREFIX -> {
                return shortTens(tokens, m);
            }
            case TENS_PREFIX_HOMOGRAPH -> {
                return afterMoneyWord(tokens, i) ? shortTens(tokens, m) : null;
            }
            case "mult" -> {
                int at = m.end();
                if (at < tokens.size() && tokens.get(at).equals("ཕྲག")) {
                    at++;
                }
                Read count = countAfterMultiplier(tokens, at);
                return count == null ? new Read(m.word().value(), exactly(tokens, m.end()))
                        : new Read(m.word().value() * count.value(), count.end());
            }
            default -> {
                return null;
            }
        }
    }

    /** A tens word, then its joiner and a digit if they follow: སུམ་ཅུ་སོ་གཅིག 31; or the tens alone (སུམ་ཅུ་ཐམ་པ 30). */
    private static Read tensAndUnit(List<String> tokens, long tens, int at) {
        Match joiner = match(tokens, at);
        if (joiner != null && joins(joiner.word(), tens)) {
            Match unit = match(tokens, joiner.end());
            if (unit != null && unit.word().kind().equals("digit")) {
                return new Read(tens + unit.word().value(), unit.end());
            }
        }
        return new Read(tens, exactly(tokens, at));
    }

    private static boolean joins(Word joiner, long tens) {
        String kind = joiner.kind();
        return kind.equals("joiner")
                || (kind.equals(TENS_PREFIX) || kind.equals(TENS_PREFIX_HOMOGRAPH)) && joiner.value() == tens;
    }

    /** ཉེར་ལྔ 25, སོ་གཅིག 31, ང་གཅིག 51: the short tens form needs its digit. */
    private static Read shortTens(List<String> tokens, Match prefix) {
        Match unit = match(tokens, prefix.end());
        return unit != null && unit.word().kind().equals("digit")
                ? new Read(prefix.word().value() + unit.word().value(), unit.end()) : null;
    }

    private static boolean afterMoneyWord(List<String> tokens, int i) {
        return i > 0 && (MONEY_WORDS.contains(tokens.get(i - 1))
                || i > 1 && tokens.get(i - 1).equals("མོ") && MONEY_WORDS.contains(tokens.get(i - 2)));
    }

    /** Past a trailing ཐམ་པ ("exactly": བརྒྱ་ཐམ་པ 100, ཉི་ཤུ་ཐམ་པ 20). */
    private static int exactly(List<String> tokens, int at) {
        return at + 1 < tokens.size() && tokens.get(at).equals("ཐམ") && tokens.get(at + 1).equals("པ") ? at + 2 : at;
    }

    private static Read countAfterMultiplier(List<String> tokens, int at) {
        Match count = match(tokens, at);
        if (count == null) {
            return null;
        }
        String kind = count.word().kind();
        if (kind.equals("digit")) {
            if (count.end() < tokens.size()
                    && (tokens.get(count.end()).equals("ཅུ") || tokens.get(count.end()).equals("བཅུ"))) {
                return tensAndUnit(tokens, count.word().value() * 10, count.end() + 1);
            }
            return new Read(count.word().value(), count.end());
        }
        if (kind.equals("teen")) {
            return new Read(count.word().value(), count.end());
        }
        if (kind.equals("ten")) {
            return tensAndUnit(tokens, count.word().value(), count.end());
        }
        if (kind.equals(TENS_PREFIX) || kind.equals(TENS_PREFIX_HOMOGRAPH)) {
            return shortTens(tokens, count);
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
