package org.xinsheng.nlp.numbers;

import org.xinsheng.nlp.text.Gazetteer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sums of money, the months and the days in a Chinese complaint, and decides what role each sum plays
 * (owed, total, remaining, already paid, a monthly or daily rate) from the words around it in its clause.
 * Deposits, medical costs, fines, phone numbers and dates are left out.
 */
public final class ChineseMoneyReader {

    // Character classes only, no alternation inside the repetition: a long run of digits must not recurse (a 4,000-digit
    // run overflowed the stack with the earlier (?:digits|numerals)+ form)
    private static final String NUMERAL_CHARS = "0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億俩仨廿卅";
    private static final Pattern NUMBER = Pattern.compile(
            "[" + NUMERAL_CHARS + "]+(?:\\.[0-9][" + NUMERAL_CHARS + "]*)?");
    private static final Pattern UNIT_WORD = Pattern.compile("^(块钱|块|元)");
    private static final Pattern UNIT_OR_OF = Pattern.compile("^(块钱|块|元|的)");
    private static final Pattern RANGE_JOIN = Pattern.compile("^(?:块钱|块|元)?(?:到|至|-|~|—|～)");
    private static final Pattern MONTH_COUNTS = Pattern.compile(
            "(?:[两三四五六七八九十几]|[0-9]{2,}|[2-9])[一二两三四五六七八九十0-9]*个(多|半)?月|半个月");
    // "干了 60 天 一天 230": words typed apart; a number and its unit, or a rate word and its number, belong together
    private static final Pattern SPACED_UNIT = Pattern.compile(
            "(?<=(?<![万千百十.0-9])[0-9]{1,5})\\s+(?=[天月块元])|(?<=[每一](?:天|日|月|个月))\\s+(?=[0-9])");
    // "3月、4月的工资", "十一月份十二月份没发": calendar months named one by one as the months unpaid
    private static final Pattern MONTH_LIST = Pattern.compile("(?<![0-9.年])(?:(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?"
            + "(?:[、，,和跟及与 ]|$)?\\s*){2,12}");
    private static final Pattern MONTH_WORD = Pattern.compile("月份?");
    private static final Pattern HALF_YEAR = Pattern.compile("(?<![一二两三四五六七八九十0-9个])半年");
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=\\d),(?=\\d{3})");
    private static final Pattern TEN_THOUSANDS = Pattern.compile("(?<=[0-9])[wW](?![a-zA-Z])");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=[0-9])[kK](?![a-zA-Z])");
    private static final String MONTH = "(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])";
    // 8月到11月, 2023年10月至12月, 5月1日至6月30日: a span of months worked or unpaid
    private static final Pattern MONTH_SPAN = Pattern.compile("(?<![0-9.])" + MONTH + "(?:月份?)?(?:([0-9]{1,2})[日号])?"
            + "(?:到|至|-|~|～|—|一直到)(?:[0-9]{4}年)?" + MONTH + "月份?(?:([0-9]{1,2})[日号])?");
    // 给了一半, 只发了一半, 还差一半: half of what was earned is still owed
    private static final Pattern HALF_OWED = Pattern.compile(
            "(?:给|发|付|结|拿|打|领)了一半|(?:只|才|仅)(?:给|发|付|结|拿|打|领|拿到)了?一半|(?:差|剩)下?一半");
    private static final Pattern NOTHING_PAID = Pattern.compile(
            "一分(?:钱)?(?:都|也)?(?:没|未)|分文(?:未|没)|(?:都|全|全部|一直|从来)(?:没|未)(?:给|发|结|付)|一次(?:都|也)没");
    private static final Pattern RATE_AFTER_ONE = Pattern.compile(
            "^个?(?:月|天|日|工)(?:的?工资|是|给|能拿|挣|工钱)?[0-9零〇一二两三四五六七八九十]");
    // 6人×18天×230元, 3.8千×3: a product the writer spelled out, with money in one of its factors
    private static final Pattern PRODUCT = Pattern.compile(
            "[0-9.]{1,12}[一-龥]{0,2}(?:\\s?[×xX*＊]\\s?[0-9.]{1,12}[一-龥]{0,2}){1,5}(?<=[元块千万])"
                    + "|[0-9.]{1,12}(?:元|块|千|万)(?:\\s?[×xX*＊]\\s?[0-9.]{1,12}[一-龥]{0,2}){1,5}");
    // 三月份, 五月底: a month of the year, not a count of months
    private static final List<String> MONTH_OF_YEAR = List.of("月份", "月底", "月初", "月中", "月的", "月号");
    private static final Pattern THIS_OR_LAST_MONTH = Pattern.compile("(?:上|这|本|下|当)个?月");
    private static final List<String> MONTHS_UNPAID_AFTER = List.of("没给", "没发", "没结", "没有给", "没有发", "未发",
            "未结", "未付", "欠着", "拖着", "没拿到", "没到手", "没开支");
    private static final List<String> SMALL_SUM_OWED = List.of("欠", "拖", "没给", "没发", "没结", "没拿", "没收到",
            "没到手", "未付", "未结", "未发", "没付");
    /** A complaint names a handful of numbers; past this many the rest is not read (a bound on one request's cost). */
    static final int MAX_NUMBERS = 200;
    /** Ten billion yuan: a larger "sum" is a run of digits, not money anyone is owed. */
    static final double MAX_SUM = 1e10;
    private static final String CLAUSE_BREAKS = "，。；！？,;!?\n：:、（）()";

    private static final Map<String, List<String>> CUES = Gazetteer.lists("money-cues-zh.tsv");
    private static final List<String> MONEY_AFTER = CUES.get("money-after");
    private static final List<String> MONEY_BEFORE = CUES.get("money-before");
    private static final List<String> EXCLUDED = CUES.get("excluded");
    private static final List<String> REMAINING = CUES.get("remaining");
    private static final List<String> PAID = CUES.get("paid");
    private static final List<String> TOTAL = CUES.get("total");
    private static final List<String> RATE_MONTH_BEFORE = CUES.get("rate-month-before");
    private static final List<String> RATE_DAY_BEFORE = CUES.get("rate-day-before");
    private static final List<String> RATE_MONTH_AFTER = CUES.get("rate-month-after");
    private static final List<String> RATE_DAY_AFTER = CUES.get("rate-day-after");
    private static final List<String> DURATION_VERBS = CUES.get("duration-verbs");
    private static final List<String> OWED_CUES = CUES.get("owed-cues");
    private static final List<String> PAID_MONTHS = CUES.get("paid-months");
    private static final List<String> PER_PERSON = CUES.get("per-person");
    private static final List<String> EXCLUDED_AFTER = CUES.get("excluded-after");
    private static final List<String> NOT_MONEY_AFTER = CUES.get("not-money-after");
    private static final List<String> MONEY_CONTEXT = CUES.get("money-context");
    private static final List<String> PEOPLE_AFTER = CUES.get("people-after");

    private ChineseMoneyReader() {
    }

    public static MoneyFacts read(String folded) {
        String text = DIGIT_GROUPS.matcher(folded).replaceAll("");
        text = THOUSANDS.matcher(TEN_THOUSANDS.matcher(text).replaceAll("万")).replaceAll("千");
        text = SPACED_UNIT.matcher(text).replaceAll("");
        MoneyFacts facts = new MoneyFacts();
        monthSpans(text, facts);
        monthLists(text, facts);
        if (NOTHING_PAID.matcher(text).find()) {
            facts.nothingPaid();
        }
        boolean halfOwed = HALF_OWED.matcher(text).find();
        if (halfOwed) {
            facts.owedShare(0.5);
        }
        Matcher half = HALF_YEAR.matcher(text);
        while (half.find()) {
            facts.months(6, containsAny(clauseBefore(text, half.start(), 6), OWED_CUES));
        }
        Matcher product = PRODUCT.matcher(text);
        if (product.find()) {
            double total = 1;
            for (String factor : product.group().split("[×xX*＊]")) {
                Matcher n = NUMBER.matcher(factor);
                Double v = n.find() ? ChineseNumerals.parse(n.group()) : null;
                total *= v == null ? Double.NaN : v;
            }
            if (!Double.isNaN(total)) {
                facts.add(new MoneyFacts.Sum(total, MoneyFacts.Role.TOTAL, false, false));
            }
        }
        PieceRates.Piecework piecework = PieceRates.find(text);
        if (piecework != null) {
            facts.add(new MoneyFacts.Sum(piecework.amount(), MoneyFacts.Role.OWED, false, false));
        }
        Matcher m = NUMBER.matcher(text);
        int skipUntil = -1;
        int numbersRead = 0;
        while (m.find() && numbersRead++ < MAX_NUMBERS) {
            if (m.start() < skipUntil
                    || piecework != null && m.start() < piecework.rateEnd() && m.end() > piecework.rateStart()
                    || piecework != null && m.start() < piecework.quantityEnd() && m.end() > piecework.quantityStart()) {
                continue;
            }
            String raw = m.group();
            int end = m.end();
            char beforeOne = raw.length() > 1 ? raw.charAt(raw.length() - 2) : ' ';
            if (raw.length() > 1 && raw.endsWith("一") && ChineseNumerals.unit(beforeOne) == 0
                    && beforeOne != '零' && beforeOne != '〇') {
                raw = raw.substring(0, raw.length() - 1); // 4千5一直没给: the 一 starts 一直
                end--;
            }
            Double value = ChineseNumerals.parse(raw);
            if (value == null) {
                continue;
            }
            int start = m.start();
            String after = text.substring(end, Math.min(text.length(), end + 6));
            String before = clauseBefore(text, start, 10);
            boolean approx = after.startsWith("多") || after.startsWith("来") || after.startsWith("余");
            String afterUnit = approx ? after.substring(1) : after;
            boolean bigUnit = containsAnyChar(raw, "万千仟萬");
            if (approx && !afterUnit.isEmpty() && "万千百".indexOf(afterUnit.charAt(0)) >= 0) {
                value *= ChineseNumerals.unit(afterUnit.charAt(0)); // 二十多万: the base of the estimate
                bigUnit = true;
                afterUnit = afterUnit.substring(1);
            }
            boolean vague = after.startsWith("几") || before.endsWith("几")
                    || before.endsWith("上") && raw.length() == 1 && ChineseNumerals.unit(raw.charAt(0)) > 0;
            if (vague && after.startsWith("几")) {
                // 十几万, 几千: the unit after 几 tells whether it is money
                String rest = after.substring(1);
                int unitEnd = 0;
                while (unitEnd < rest.length() && ChineseNumerals.unit(rest.charAt(unitEnd)) > 0) {
                    unitEnd++;
                }
                afterUnit = rest.substring(unitEnd);
            }
            if (isDateOrPhone(raw, afterUnit, before)) {
                continue;
            }
            // 欠我一个月的工资三千: one month owed, not the rate marker of 一个月三千
            boolean oneMonthOwed = value == 1 && endsWithAnyWithin(local(before), List.of("欠", "拖"), 3);
            boolean oneAsRateMarker = value == 1 && !oneMonthOwed && (before.endsWith("每") || !containsAny(before, DURATION_VERBS)
                    || RATE_AFTER_ONE.matcher(afterUnit).find());
            boolean bareMonths = afterUnit.startsWith("月") && !startsWithAny(afterUnit, MONTH_OF_YEAR)
                    && !Character.isDigit(raw.charAt(0)) && value <= 24 && containsAny(local(before), DURATION_VERBS);
            if (bareMonths) {
                facts.months(value, containsAny(before, OWED_CUES)); // 欠我俩月
                continue;
            }
            if (startsWithAny(afterUnit, List.of("个多月", "个月", "个半月"))) {
                if (containsAny(local(before), PAID_MONTHS)) {
                    facts.paidMonths(value);
                } else if (!oneAsRateMarker) {
                    // 欠了三个月, 最后三个月的工资一直没给: owed when said so before or after
                    boolean owed = containsAny(before, OWED_CUES)
                            || containsAny(clauseAfter(text, end, 12), MONTHS_UNPAID_AFTER);
                    facts.months(value + (afterUnit.startsWith("个半月") ? 0.5 : 0), owed);
                }
                continue;
            }
            if (afterUnit.startsWith("年") && containsAny(before, DURATION_VERBS) || afterUnit.startsWith("个半年")) {
                facts.months(value * 12 + (afterUnit.startsWith("个半年") ? 6 : 0), containsAny(before, OWED_CUES));
                continue;
            }
            if (startsWithAny(afterUnit, List.of("天", "个工", "工日", "个工日"))) {
                if (!oneAsRateMarker) {
                    facts.days(value, containsAny(before, OWED_CUES));
                }
                continue;
            }
            if (startsWithAny(afterUnit, PEOPLE_AFTER) || startsWithAny(afterUnit, NOT_MONEY_AFTER)) {
                continue;
            }
            boolean money = startsWithAny(afterUnit, MONEY_AFTER) || endsWithAny(before, MONEY_BEFORE)
                    || bigUnit && !afterUnit.startsWith("个")
                    || value >= 100 && before.endsWith("月") && !before.endsWith("个月")
                    || value >= 100 && containsAny(before, MONEY_CONTEXT)
                    || value >= 100 && startsWithAny(afterUnit, RATE_MONTH_AFTER)
                    || value >= 100 && startsWithAny(afterUnit, RATE_DAY_AFTER)
                    || value >= 100 && afterUnit.startsWith("左右") && !afterUnit.startsWith("左右的");
            // 欠我十元, 还差两块钱: a small sum counts when the writer says it is money and owed
            boolean smallButOwed = value >= 1 && startsWithAny(afterUnit, List.of("元", "块"))
                    && (containsAny(local(before), OWED_CUES) || containsAny(clauseAfter(text, end, 8), SMALL_SUM_OWED));
            if (!money || value < 50 && !smallButOwed || value >= MAX_SUM) {
                continue;
            }
            String afterClause = clauseAfter(text, end, 8);
            // 生活费 handed out on account is wages already paid
            boolean advance = (UNIT_WORD.matcher(afterClause).replaceFirst("").startsWith("生活费")
                    || local(before).contains("生活费")) && lastIndexOfAny(local(before), PAID) >= 0;
            if (!advance && containsAny(local(before), EXCLUDED) || !advance && startsWithAny(UNIT_OR_OF.matcher(afterClause).replaceFirst(""),
                    EXCLUDED_AFTER)) {
                continue;
            }
            MoneyFacts.Role role = role(local(before), afterClause);
            if (halfOwed && role == MoneyFacts.Role.OWED && !containsAny(local(before), OWED_CUES)) {
                role = MoneyFacts.Role.TOTAL; // 一人5500，公司给了一半: what was earned, half of it still owed
            }
            boolean perPerson = containsAny(before, PER_PERSON) || before.endsWith("一人") || before.endsWith("一个人")
                    || startsWithAny(UNIT_WORD.matcher(afterClause).replaceFirst(""), List.of("一个人", "每人", "/人", "一人"));
            boolean statedOwed = role == MoneyFacts.Role.OWED && (containsAny(local(before), List.of("欠", "拖欠", "差"))
                    || containsAny(afterClause, List.of("没给", "没发", "没结", "未付", "未结", "未发", "没有给", "没付")));
            boolean advanceSum = role == MoneyFacts.Role.PAID && (advance
                    || containsAny(local(before), List.of("预支", "借支", "支了", "先支", "借了")));
            facts.add(new MoneyFacts.Sum(value, role, perPerson, vague, statedOwed || advanceSum));
            // "4500一个月": the 一 of the rate is not a month count
            String stripped = UNIT_WORD.matcher(afterClause).replaceFirst("");
            if (startsWithAny(stripped, List.of("一个月", "一月", "一天", "一个工", "一日"))) {
                skipUntil = end + (afterClause.length() - stripped.length()) + 2;
            }
            // "五千到六千", "5000-6000": a range is its lower bound
            Matcher upper = RANGE_JOIN.matcher(afterClause);
            if (upper.find()) {
                skipUntil = Math.max(skipUntil, end + upper.end() + 1);
                Matcher next = NUMBER.matcher(text);
                if (next.find(end + upper.end())) {
                    skipUntil = next.end();
                }
            }
        }
        return facts;
    }

    private static void monthSpans(String text, MoneyFacts facts) {
        Matcher m = MONTH_SPAN.matcher(text);
        if (m.find()) {
            Double from = ChineseNumerals.parse(m.group(1));
            Double to = ChineseNumerals.parse(m.group(3));
            if (from == null || to == null) {
                return;
            }
            double months = to - from + (to >= from ? 1 : 13);
            if (m.group(2) != null && m.group(4) != null) {
                months = Math.round(((to - from + (to >= from ? 0 : 12)) * 30 + Integer.parseInt(m.group(4))
                        - Integer.parseInt(m.group(2)) + 1) / 30.0);
            }
            if (months >= 1 && months <= 24) {
                facts.months(months, false);
            }
        }
    }

    private static void monthLists(String text, MoneyFacts facts) {
        Matcher m = MONTH_LIST.matcher(text);
        while (m.find()) {
            int named = 0;
            Matcher month = MONTH_WORD.matcher(m.group());
            while (month.find()) {
                named++;
            }
            boolean unpaid = containsAny(clauseAfter(text, m.end(), 12), MONTHS_UNPAID_AFTER)
                    || containsAny(clauseBefore(text, m.start(), 8), List.of("欠", "拖", "没发", "没给"));
            if (named >= 2 && unpaid && !containsAny(clauseBefore(text, m.start(), 8), PAID)) {
                facts.months(named, true);
                return;
            }
        }
    }

    private static MoneyFacts.Role role(String before, String after) {
        String stripped = UNIT_WORD.matcher(after).replaceFirst("");
        String near = before.substring(Math.max(0, before.length() - 3));
        int paidAt = lastIndexOfAny(before, PAID);
        boolean paid = paidAt >= 0 && !negatedAt(before, paidAt);
        if (containsAny(near, TOTAL) && !containsAny(near, List.of("每")) && !(paid && paidAt > lastIndexOfAny(before, TOTAL))) {
            return MoneyFacts.Role.TOTAL; // 一共三万, but 一共给了两千 is paid
        }
        if (paid) {
            return MoneyFacts.Role.PAID;
        }
        before = THIS_OR_LAST_MONTH.matcher(before).replaceAll("#");
        before = MONTH_COUNTS.matcher(before).replaceAll("#");
        if (startsWithAny(stripped, RATE_MONTH_AFTER) || containsAny(before, RATE_MONTH_BEFORE)
                || local(before).equals("月")) {
            return MoneyFacts.Role.RATE_MONTH;
        }
        if (startsWithAny(stripped, RATE_DAY_AFTER) || containsAny(before, RATE_DAY_BEFORE)) {
            return MoneyFacts.Role.RATE_DAY;
        }
        if (containsAny(before, REMAINING) || startsWithAny(stripped, List.of("没给", "没有给", "没结", "没发", "还没给",
                "没付", "未付", "未结", "未发", "一直没给", "至今没给", "到现在没给", "还没结"))
                && containsAny(before, List.of("还", "剩"))) {
            return MoneyFacts.Role.REMAINING;
        }
        if (startsWithAny(stripped, List.of("已经给了", "已给", "已付", "已经付了", "已经结了", "已发", "给了", "付了", "已经到手"))) {
            return MoneyFacts.Role.PAID;
        }
        if (containsAny(before, TOTAL)) {
            return MoneyFacts.Role.TOTAL;
        }
        return MoneyFacts.Role.OWED;
    }

    /** The part of a clause after its last space: writers who skip punctuation separate clauses with spaces. */
    private static String local(String before) {
        String trimmed = before.stripTrailing();
        return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
    }

    private static boolean negatedAt(String before, int at) {
        return at > 0 && "没未不少".indexOf(before.charAt(at - 1)) >= 0;
    }

    private static boolean isDateOrPhone(String raw, String after, String before) {
        String digits = raw.chars().filter(c -> c >= '0' && c <= '9')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (digits.length() >= 7 && digits.length() == raw.length()) {
            boolean mobile = digits.length() == 11 && digits.startsWith("1");
            return mobile || !UNIT_WORD.matcher(after).find(); // 1000000元 is money, 13912345678 and 6622916 are phones
        }
        if (digits.length() == 4 && raw.length() == 4 && (raw.startsWith("19") || raw.startsWith("20"))
                && (after.startsWith("年") || after.startsWith(".") || after.startsWith("-") || after.startsWith("/"))) {
            return true;
        }
        return before.endsWith("-") || after.startsWith("-") && digits.length() == raw.length() && raw.length() <= 4
                && !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1));
    }

    private static String clauseBefore(String text, int start, int max) {
        int from = start;
        while (from > 0 && start - from < max && CLAUSE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return text.substring(from, start);
    }

    private static String clauseAfter(String text, int end, int max) {
        if (end < text.length() && text.charAt(end) == ' ') {
            // a bounded window, not the rest of the text: a long run of numbers must cost linear time
            String rest = text.substring(end, Math.min(text.length(), end + max + 8)).stripLeading();
            if (!UNIT_WORD.matcher(rest).find()) {
                return ""; // "一年1万8 给了6千": words typed apart, the next clause is not about this sum
            }
        }
        int to = end;
        while (to < text.length() && to - end < max && CLAUSE_BREAKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(end, to).strip();
    }

    private static boolean containsAnyChar(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAnyWithin(String s, List<String> words, int window) {
        String tail = s.substring(Math.max(0, s.length() - window));
        return containsAny(tail, words);
    }

    static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int lastIndexOfAny(String s, List<String> words) {
        int best = -1;
        for (String w : words) {
            best = Math.max(best, s.lastIndexOf(w));
        }
        return best;
    }
}
