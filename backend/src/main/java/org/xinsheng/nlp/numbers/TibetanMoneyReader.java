package org.xinsheng.nlp.numbers;

import org.xinsheng.nlp.text.Gazetteer;
import org.xinsheng.nlp.text.TibetanSyllables;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Tibetan counterpart of {@link ChineseMoneyReader}: sums of money (སྒོར་, སྒོར་མོ་, 元), months (ཟླ་བ་),
 * days (ཉིན་, ཞག་) and the role of each sum from the syllables around it: ཟླ་རེར per month, ཉིན་རེར per day,
 * མི་རེར per person, སྤྲད་ཟིན already paid, ད་དུང་ / ལྷག་མ still owed, བསྡོམས total.
 */
public final class TibetanMoneyReader {

    private static final Map<String, List<String>> CUES = Gazetteer.lists("money-cues-bo.tsv");
    private static final Set<String> MONEY = Set.copyOf(CUES.get("money"));
    private static final Set<String> WAGE = Set.copyOf(CUES.get("wage"));
    private static final Set<String> MONTH = Set.copyOf(CUES.get("month"));
    private static final Set<String> DAY = Set.copyOf(CUES.get("day"));
    private static final Set<String> EACH = Set.copyOf(CUES.get("each"));
    private static final Set<String> PAID_VERBS = Set.copyOf(CUES.get("paid-verbs"));
    private static final Set<String> REMAINING = Set.copyOf(CUES.get("remaining"));
    private static final Set<String> TOTAL = Set.copyOf(CUES.get("total"));
    private static final Set<String> EXCLUDED = Set.copyOf(CUES.get("excluded"));

    private TibetanMoneyReader() {
    }

    public static MoneyFacts read(List<String> tokens) {
        MoneyFacts facts = new MoneyFacts();
        Piecework piecework = piecework(tokens);
        if (piecework != null) {
            facts.add(new MoneyFacts.Sum(piecework.amount(), MoneyFacts.Role.OWED, false, false));
        }
        if (halfPaid(tokens)) {
            facts.owedShare(0.5);
        }
        monthSpan(tokens, facts);
        int i = 0;
        while (i < tokens.size()) {
            TibetanNumerals.Read n = TibetanNumerals.read(tokens, i);
            if (n == null) {
                i++;
                continue;
            }
            int start = i;
            int end = n.end();
            i = Math.max(end, i + 1);
            String raw = tokens.get(start);
            if (raw.chars().allMatch(Character::isDigit) && raw.length() >= 7) {
                continue; // a phone number
            }
            String prev1 = at(tokens, start - 1);
            String prev2 = at(tokens, start - 2);
            String next1 = at(tokens, end);
            if (piecework != null && (start == piecework.rateAt() || start == piecework.quantityAt())) {
                continue;
            }
            boolean moneyWord = MONEY.contains(prev1) || MONEY.contains(prev2) && prev1.equals("མོ");
            MoneyFacts.Role rate = rateBefore(tokens, start);
            if (prev1.equals("མི") || prev1.equals("ཚོ") || next1.equals("མི")) {
                continue; // a head-count: WorkerCounter reads it
            }
            double half = at(tokens, end).equals("དང") && at(tokens, end + 1).equals("ཕྱེད") ? 0.5 : 0; // གཉིས་དང་ཕྱེད
            if (prev1.equals("ལོ") && !moneyWord && n.value() <= 5) {
                facts.months(n.value() * 12, false); // ལོ་གཅིག: a year's work
                continue;
            }
            if (next1.equals("པ") || next1.equals("པའི") || next1.equals("པར") || next1.equals("ལོ") || next1.equals("ཚེས")) {
                continue; // an ordinal or a date
            }
            if (!moneyWord && rate == null && (MONTH.contains(prev1) || prev1.equals("བ") && prev2.equals("ཟླ"))) {
                List<String> next = after(tokens, end, 5);
                int verb = indexOfAny(next, PAID_VERBS);
                boolean negated = verb > 0 && (next.get(verb - 1).equals("མ") || next.get(verb - 1).equals("མི"));
                boolean only = verb > 1 && next.get(verb - 2).equals("ལས"); // ཟླ་ ༢ གི་ལས་མ་ཐོབ: only two months paid
                if (verb >= 0 && (only || !negated)) {
                    facts.paidMonths(n.value());
                } else {
                    facts.months(n.value() + half, negated || before(tokens, start, 6).contains("ཕོགས"));
                }
                continue;
            }
            if (!moneyWord && rate == null
                    && (DAY.contains(prev1) || prev1.equals("མ") && prev2.equals("ཉིན") || next1.equals("ཉིན") || next1.equals("ཞག"))) {
                facts.days(n.value(), false);
                continue;
            }
            List<String> before = sinceLastNumber(before(tokens, start, 5));
            List<String> after = after(tokens, end, 4);
            boolean perHead = EACH.contains(prev1) && prev2.equals("མི"); // མི་རེར་ ༦༢༠༠
            boolean money = moneyWord || rate != null || perHead
                    || MONEY.contains(next1) || n.value() >= 100 && before.stream().anyMatch(WAGE::contains)
                    || n.value() >= 100 && (paidAfter(after) || OWED_AFTER.contains(next1) || after.contains("མ"));
            if (!money || n.value() < 50) {
                continue; // སྒོར་མོ་གཅིག་ཀྱང: not even one yuan
            }
            if (before.stream().anyMatch(EXCLUDED::contains) || after.stream().anyMatch(t -> t.equals("押金"))) {
                continue;
            }
            boolean vague = after.contains("ཤས") || after.contains("མང") || before.contains("ཤས");
            boolean perPerson = eachAfter(before, "མི");
            MoneyFacts.Role role;
            if (rate != null) {
                role = rate;
            } else if (eachAfter(before, "ཟླ") || eachAfter(before, "བ") && before.contains("ཟླ")) {
                role = MoneyFacts.Role.RATE_MONTH;
            } else if (eachAfter(before, "ཉིན") || eachAfter(before, "ཞག") || eachAfter(before, "མ") && before.contains("ཉིན")) {
                role = MoneyFacts.Role.RATE_DAY;
            } else if (before.stream().anyMatch(REMAINING::contains) || OWED_AFTER.contains(next1)) {
                role = MoneyFacts.Role.REMAINING;
            } else if (paidAfter(after)) {
                role = MoneyFacts.Role.PAID;
            } else if (before.stream().anyMatch(TOTAL::contains)) {
                role = MoneyFacts.Role.TOTAL;
            } else {
                role = MoneyFacts.Role.OWED;
            }
            facts.add(new MoneyFacts.Sum(n.value(), role, perPerson, vague));
        }
        return facts;
    }

    /**
     * ཟླ་རེར་ ༣༨༠༠, ཟླ་ཕོགས་ ༢༢༠༠, ཉིན་གླ་ ༢༥༠, ཟླ་རེར་མི་རེར་ ༤༠༠༠: a rate named right before the number (the
     * syllables just before it are all rate words: a unit, each, wage, person, money).
     */
    private static MoneyFacts.Role rateBefore(List<String> tokens, int start) {
        MoneyFacts.Role found = null;
        for (int k = start - 1; k >= 1 && k >= start - 5; k--) {
            String t = tokens.get(k);
            String unit = tokens.get(k - 1);
            if (EACH.contains(t) || WAGE.contains(t)) {
                if (MONTH.contains(unit) || unit.equals("བ") && k >= 2 && MONTH.contains(tokens.get(k - 2))) {
                    return MoneyFacts.Role.RATE_MONTH;
                }
                if (DAY.contains(unit)) {
                    return MoneyFacts.Role.RATE_DAY;
                }
            }
            boolean rateWord = EACH.contains(t) || WAGE.contains(t) || MONEY.contains(t) || t.equals("མི")
                    || t.equals("མོ") || MONTH.contains(t) || DAY.contains(t);
            if (!rateWord) {
                return found;
            }
        }
        return found;
    }

    /** The words before a sum that belong to it: those after any earlier number (ཉིན་རེར་ ༢༧༠ 徐老板 ཀྱིས་ ༥༠༠༠). */
    private static List<String> sinceLastNumber(List<String> before) {
        for (int k = before.size() - 1; k >= 0; k--) {
            if (!before.get(k).isEmpty() && before.get(k).chars().allMatch(Character::isDigit)) {
                return before.subList(k + 1, before.size());
            }
        }
        return before;
    }

    private static final Set<String> OWED_AFTER = Set.of("ལུས", "ལྷག");

    private static int indexOfAny(List<String> tokens, Set<String> words) {
        for (int k = 0; k < tokens.size(); k++) {
            if (words.contains(tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** ཟླ་ ༡༠ པ་ནས་ཟླ་ ༡ པའི་བར: from the tenth month to the first, four months. */
    private static void monthSpan(List<String> tokens, MoneyFacts facts) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!MONTH.contains(tokens.get(k))) {
                continue;
            }
            TibetanNumerals.Read from = TibetanNumerals.read(tokens, k + 1);
            if (from == null || !at(tokens, from.end()).equals("པ") || !at(tokens, from.end() + 1).equals("ནས")
                    || !MONTH.contains(at(tokens, from.end() + 2))) {
                continue;
            }
            TibetanNumerals.Read to = TibetanNumerals.read(tokens, from.end() + 3);
            if (to != null && from.value() >= 1 && from.value() <= 12 && to.value() >= 1 && to.value() <= 12) {
                facts.months(to.value() - from.value() + (to.value() >= from.value() ? 1 : 13), false);
                return;
            }
        }
    }

    private record Piecework(double amount, int rateAt, int quantityAt) {
    }

    /** ལུག་རེར་སྒོར་ ༥ ... ལུག་ ༨༠༠ བྲེགས: a rate per piece times the pieces done. */
    private static Piecework piecework(List<String> tokens) {
        for (int k = 1; k + 1 < tokens.size(); k++) {
            String unit = tokens.get(k - 1);
            if (!tokens.get(k).equals("རེར") || NOT_PIECES.contains(unit) || unit.equals(TibetanSyllables.BREAK)) {
                continue;
            }
            int at = MONEY.contains(tokens.get(k + 1)) ? k + 2 : k + 1;
            if (at < tokens.size() && tokens.get(at).equals("མོ")) {
                at++;
            }
            TibetanNumerals.Read rate = TibetanNumerals.read(tokens, at);
            if (rate == null) {
                continue;
            }
            for (int q = 1; q < tokens.size(); q++) {
                if (q != k - 1 && tokens.get(q - 1).equals(unit) && !at(tokens, q).equals("རེར")) {
                    TibetanNumerals.Read quantity = TibetanNumerals.read(tokens, q);
                    if (quantity != null && quantity.value() > 1) {
                        return new Piecework(rate.value() * quantity.value(), at, q);
                    }
                }
            }
        }
        return null;
    }

    private static final Set<String> NOT_PIECES = Set.of("ཉིན", "ཟླ", "མི", "ཞག", "ལོ", "བ", "ཚོ", "ཁྱིམ");

    /** ཕྱེད་ཀ་ཙམ་ལས་མ་སྤྲད, ཕྱེད་ཀ་ཐོབ: half was paid, half is still owed. */
    private static boolean halfPaid(List<String> tokens) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).equals("ཕྱེད") && tokens.get(k + 1).equals("ཀ")) {
                List<String> next = after(tokens, k + 2, 4);
                if (next.stream().anyMatch(PAID_VERBS::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean eachAfter(List<String> before, String unit) {
        for (int k = 0; k + 1 < before.size(); k++) {
            if (before.get(k).equals(unit) && EACH.contains(before.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** སྤྲད་ཟིན, ཐོབ་སོང: given; མ་སྤྲད (not given) and སྤྲད་རྒྱུ (to be given) are not. */
    private static boolean paidAfter(List<String> after) {
        if (after.size() >= 3 && after.get(0).equals("ལས") && after.get(1).equals("མ") && PAID_VERBS.contains(after.get(2))) {
            return true; // སྒོར་ ༡༠༠༠ ལས་མ་སྤྲད: gave no more than 1000
        }
        for (int k = 0; k < after.size(); k++) {
            String t = after.get(k);
            if (PAID_VERBS.contains(t)) {
                String prev = k > 0 ? after.get(k - 1) : "";
                String next = k + 1 < after.size() ? after.get(k + 1) : "";
                if (prev.equals("མ") || prev.equals("མི") || NOT_AFTER.contains(next)) {
                    return false; // མ་སྤྲད, སྤྲད་མེད, སྤྲད་མ་བྱུང: not given
                }
                // ༥༠༠༠ སྤྲད, སྤྲད་ཟིན, སྤྲད་ནས: given; སྤྲད་རྒྱུ, སྤྲད་ཀྱི་ཡིན: only promised
                return t.equals("ཟིན") || DONE.contains(next) || !PROMISED.contains(next);
            }
        }
        return false;
    }

    private static final Set<String> DONE = Set.copyOf(CUES.get("done"));
    private static final Set<String> NOT_AFTER = Set.of("མེད", "མ", "མི");
    private static final Set<String> PROMISED = Set.of("རྒྱུ", "རྒྱུའི", "ཀྱི", "གི", "གྱི", "ཆོག", "ཐུབ", "ཟེར", "ཐབས");

    private static String at(List<String> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : "";
    }

    /** Up to {@code n} tokens before {@code start}, not reaching back past a clause break. */
    private static List<String> before(List<String> tokens, int start, int n) {
        int lo = start;
        while (lo > 0 && start - lo < n && !tokens.get(lo - 1).equals(TibetanSyllables.BREAK)) {
            lo--;
        }
        return tokens.subList(lo, start);
    }

    /** Up to {@code n} tokens from {@code end}, stopping at a clause break. */
    private static List<String> after(List<String> tokens, int end, int n) {
        int hi = end;
        while (hi < tokens.size() && hi - end < n && !tokens.get(hi).equals(TibetanSyllables.BREAK)) {
            hi++;
        }
        return tokens.subList(end, hi);
    }
}
