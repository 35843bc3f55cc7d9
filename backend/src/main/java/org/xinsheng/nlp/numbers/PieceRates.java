package org.xinsheng.nlp.numbers;

import org.xinsheng.nlp.text.Gazetteer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Piece work in Chinese: a rate per unit ("一平米35块", "5块钱一只", "35元/平米", "200一车") and a quantity of the
 * same unit ("铺了400平", "剪了600只羊") multiply into the wage earned. Units are data (piece-units-zh.tsv).
 */
final class PieceRates {

    /**
     * The wage for the pieces, and where the rate's own number and the quantity stand (so neither is read as a sum
     * owed: "一共剪了三百只" is a count of sheep, not 300 yuan).
     */
    record Piecework(double amount, int rateStart, int rateEnd, int quantityStart, int quantityEnd) {
    }

    private static final List<String[]> UNIT_ROWS = Gazetteer.rows("piece-units-zh.tsv").stream()
            .sorted(Comparator.comparingInt((String[] r) -> r[0].length()).reversed()).toList();
    private static final Map<String, String> UNITS = UNIT_ROWS.stream()
            .collect(Collectors.toUnmodifiableMap(r -> r[0], r -> r[1]));
    // longest first, so 平米 is tried before 平
    private static final String UNIT = UNIT_ROWS.stream().map(r -> Pattern.quote(r[0])).collect(Collectors.joining("|"));
    private static final String NUMERAL = "[0-9零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]";
    private static final String NUMBER = NUMERAL + "{1,16}(?:\\.[0-9]" + NUMERAL + "{0,8})?";
    private static final String MONEY = "(?:块钱|块|元|圆)";
    // 1块2, 一块二: small rates say their tenths after 块
    private static final Pattern TENTHS = Pattern.compile("^[0-9一二三四五六七八九](?![0-9十百千万])");
    private static final String GAP = "[^，。；,;!?！？\\s0-9零〇一二两三四五六七八九十]{0,4}?";
    // 一平米35块, 每只羊剪毛5块钱, 一车的运费是200元
    private static final Pattern RATE_UNIT_FIRST = Pattern.compile(
            "(?:每|一)个?(" + UNIT + ")\\s*" + GAP + "\\s*(" + NUMBER + ")\\s*(" + MONEY + ")?");
    // 5块钱一只, 35元/平米, 200一车
    // Numbers are matched from the start of a run only, so a long run of numerals is tried once, not at every position
    private static final String RUN_START = "(?<!" + NUMERAL + ")";
    private static final Pattern RATE_MONEY_FIRST = Pattern.compile(RUN_START
            + "(" + NUMBER + ")(" + MONEY + "钱?)?(?:/|一|每)个?(" + UNIT + ")");
    private static final Pattern QUANTITY = Pattern.compile(RUN_START + "(" + NUMBER + ")\\s*多?个?(" + UNIT + ")");

    private PieceRates() {
    }

    static Piecework find(String text) {
        Rate rate = rate(text);
        if (rate == null) {
            return null;
        }
        double quantity = 0;
        int quantityStart = -1;
        int quantityEnd = -1;
        Matcher q = QUANTITY.matcher(text);
        while (q.find()) {
            if (q.start() < rate.matchEnd && q.end() > rate.matchStart || !UNITS.get(q.group(2)).equals(rate.unit)) {
                continue;
            }
            int at = q.start();
            if (at > 0 && "每一".indexOf(text.charAt(at - 1)) >= 0 || q.group(1).equals("一")) {
                continue;
            }
            Double value = ChineseNumerals.parse(q.group(1));
            if (value != null && value > quantity) {
                quantity = value;
                quantityStart = q.start(1);
                quantityEnd = q.end(1);
            }
        }
        return quantity > 1
                ? new Piecework(rate.value * quantity, rate.numberStart, rate.numberEnd, quantityStart, quantityEnd)
                : null;
    }

    private record Rate(double value, String unit, int numberStart, int numberEnd, int matchStart, int matchEnd) {
    }

    private static double tenths(String text, int at) {
        Matcher t = TENTHS.matcher(text.substring(at, Math.min(text.length(), at + 2)));
        return t.find() ? ChineseNumerals.parse(t.group()) / 10 : 0;
    }

    private static boolean clauseEndsAt(String text, int at) {
        return at >= text.length() || "，。；,;!?！？ ".indexOf(text.charAt(at)) >= 0;
    }

    private static Rate rate(String text) {
        Matcher m = RATE_UNIT_FIRST.matcher(text);
        while (m.find()) {
            String between = text.substring(m.end(1), m.start(2));
            Double value = ChineseNumerals.parse(m.group(2));
            // "一米60，织了130米": a bare number right after the unit is its price when a clause ends there
            boolean bareRate = between.isEmpty() && value != null && value >= 10 && clauseEndsAt(text, m.end(2));
            if (m.group(3) == null && !between.matches(".*[钱价算费给].*") && !bareRate) {
                continue;
            }
            if (value != null && m.group(3) != null && m.group(3).startsWith("块")) {
                value += tenths(text, m.end());
            }
            if (value != null && value > 0) {
                return new Rate(value, UNITS.get(m.group(1)), m.start(2), m.end(2), m.start(), m.end());
            }
        }
        m = RATE_MONEY_FIRST.matcher(text);
        while (m.find()) {
            Double value = ChineseNumerals.parse(m.group(1));
            if (value != null && value > 0) {
                return new Rate(value, UNITS.get(m.group(3)), m.start(1), m.end(1), m.start(), m.end());
            }
        }
        return null;
    }
}
