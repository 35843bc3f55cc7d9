package org.xinsheng.nlp.numbers;

/**
 * Reads a number written with Arabic digits, Chinese numerals or both: 4500, 1.2万, 三万五, 4千5, 一万零五百,
 * 叁万伍仟, 两千. Two digits side by side with no unit between ("五六千") are a range, read as its lower bound.
 */
public final class ChineseNumerals {

    public static final String CHARS = "0123456789.零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億俩仨廿卅";

    private ChineseNumerals() {
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹', '幺', '弌' -> 1;
            case '二', '两', '贰', '俩' -> 2;
            case '三', '叁', '仨' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    static long unit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            case '万', '萬' -> 10_000;
            case '亿', '億' -> 100_000_000;
            default -> 0;
        };
    }

    /** The value, or null when the text is not a number this reader understands. */
    public static Double parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (isDigitByDigit(s)) {
            return positional(s); // 二〇〇〇, 三零五: read digit by digit
        }
        double total = 0;      // completed 亿 groups
        double wan = 0;        // completed 万 groups below 亿
        double section = 0;    // below 万
        double current = -1;   // the pending number, -1 when none
        long lastUnit = 0;     // the last unit seen, for the abbreviation 三万五 = 35000
        boolean afterZero = false;
        boolean sawDigitRun = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                if (j - i > 15) {
                    return null; // no sum of money has more digits than a double holds exactly
                }
                try {
                    current = Double.parseDouble(s.substring(i, j));
                } catch (NumberFormatException e) {
                    return null;
                }
                sawDigitRun = true;
                i = j;
                continue;
            }
            int tens = tens(c);
            if (tens > 0) {
                // 廿五 = 25, 卅 = 30: a digit and 十 in one character
                section += tens;
                lastUnit = 10;
                current = -1;
                afterZero = false;
                sawDigitRun = false;
                i++;
                continue;
            }
            int d = digit(c);
            if (d >= 0) {
                if (d == 0) {
                    afterZero = true;
                } else if (current >= 0 && !sawDigitRun) {
                    // 五六千: a range; keep the lower bound and skip the upper digit
                } else {
                    current = d;
                    sawDigitRun = false;
                }
                i++;
                continue;
            }
            long u = unit(c);
            if (u == 0) {
                return null;
            }
            if (current < 0 && u != 10 && section == 0 && wan == 0 && total == 0) {
                return null; // a unit with nothing before it: "万" alone
            }
            double n = current < 0 ? (u == 10 ? 1 : 0) : current;
            if (u == 100_000_000) {
                total = (total + wan + section + n) * u;
                wan = 0;
                section = 0;
            } else if (u == 10_000) {
                wan += (section + n) * u;
                section = 0;
            } else {
                section += n * u;
            }
            lastUnit = u;
            current = -1;
            afterZero = false;
            sawDigitRun = false;
            i++;
        }
        if (current >= 0) {
            // 三万五 = 35000, 4千5 = 4500, 一百一 = 110; never after 零 (一百零一 = 101)
            boolean abbreviated = lastUnit >= 100 && !afterZero && current < 10 && current == Math.floor(current);
            section += abbreviated ? current * (lastUnit / 10) : current;
        }
        return total + wan + section;
    }

    /** 二〇〇〇, 一九八: three or more Chinese digits with no unit, or two with a zero, are read digit by digit. */
    private static boolean isDigitByDigit(String s) {
        int zeros = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                int d = digit(c);
                if (d < 0 || c == '两' || c == '俩' || c == '仨') {
                    return false;
                }
                zeros += d == 0 ? 1 : 0;
            }
        }
        boolean anyChinese = s.chars().anyMatch(c -> c > 127);
        return anyChinese && s.length() <= 15 && (s.length() >= 3 || zeros > 0 && s.length() == 2 && digit(s.charAt(0)) > 0);
    }

    private static Double positional(String s) {
        double v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            v = v * 10 + (c >= '0' && c <= '9' ? c - '0' : digit(c));
        }
        return v;
    }

    /** 廿 = 20, 卅 = 30, 卌 = 40: a digit and 十 in one character. */
    static int tens(char c) {
        return switch (c) {
            case '廿' -> 20;
            case '卅' -> 30;
            case '卌' -> 40;
            default -> 0;
        };
    }
}
