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
            if (next1.equals("པ") || next1.equals("པའི") || next1.equals("པར") || next1.equals("ལོ") || next1.equals("ཚེས")) {
                continue; // an ordinal or a date
            }
            if (MONTH.contains(prev1) || prev1.equals("བ") && prev2.equals("ཟླ")) {
                List<String> next = after(tokens, end, 4);
                if (next.contains("ཟིན") && (next.contains("ཐོབ") || next.contains("སྤྲད"))) {
                    facts.paidMonths(n.value());
                } else {
                    facts.months(n.value(), before(tokens, start, 6).contains("ཕོགས"));
                }
                continue;
            }
            if (DAY.contains(prev1) || prev1.equals("མ") && prev2.equals("ཉིན") || next1.equals("ཉིན") || next1.equals("ཞག")) {
                facts.days(n.value(), false);
                continue;
            }
            if (prev1.equals("མི") || prev1.equals("ཚོ") || next1.equals("མི")) {
                continue; // a head-count: WorkerCounter reads it
            }
            List<String> before = before(tokens, start, 5);
            List<String> after = after(tokens, end, 4);
            boolean money = MONEY.contains(prev1) || MONEY.contains(prev2) && prev1.equals("མོ")
                    || MONEY.contains(next1) || n.value() >= 100 && before.stream().anyMatch(WAGE::contains);
            if (!money) {
                continue;
            }
            if (before.stream().anyMatch(EXCLUDED::contains) || after.stream().anyMatch(t -> t.equals("押金"))) {
                continue;
            }
            boolean vague = after.contains("ཤས") || after.contains("མང") || before.contains("ཤས");
            boolean perPerson = eachAfter(before, "མི");
            MoneyFacts.Role role;
            if (eachAfter(before, "ཟླ") || eachAfter(before, "བ") && before.contains("ཟླ")) {
                role = MoneyFacts.Role.RATE_MONTH;
            } else if (eachAfter(before, "ཉིན") || eachAfter(before, "ཞག") || eachAfter(before, "མ") && before.contains("ཉིན")) {
                role = MoneyFacts.Role.RATE_DAY;
            } else if (before.stream().anyMatch(REMAINING::contains)) {
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
                if (prev.equals("མ") || prev.equals("མི")) {
                    return false;
                }
                return t.equals("ཟིན") || DONE.contains(next);
            }
        }
        return false;
    }

    private static final Set<String> DONE = Set.copyOf(CUES.get("done"));

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
