package org.xinsheng.nlp.numbers;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers as people write them, read alone and inside wage sentences of several shapes. Every form must be read
 * alone; inside sentences at least 98% must come out as the amount owed (the sentence frames add their own
 * ambiguity, e.g. a 一 that starts 一直).
 */
class ChineseNumeralsTableTest {

    // numeral | value
    private static final String[][] TABLE = {
            {"零", "0"}, {"十", "10"}, {"十五", "15"}, {"一十五", "15"}, {"二十", "20"}, {"九十九", "99"},
            {"一百", "100"}, {"一百零一", "101"}, {"一百一", "110"}, {"一百一十", "110"}, {"一百一十一", "111"},
            {"两百", "200"}, {"二百五十", "250"}, {"三百五", "350"}, {"九百九十九", "999"},
            {"一千", "1000"}, {"一千零一", "1001"}, {"一千零一十", "1010"}, {"一千零五十", "1050"},
            {"一千一", "1100"}, {"两千", "2000"}, {"两千五", "2500"}, {"三千零五", "3005"}, {"五千零八十", "5080"},
            {"八千八百八十八", "8888"}, {"一万", "10000"}, {"一万零一", "10001"}, {"一万零五百", "10500"},
            {"一万零五十", "10050"}, {"一万一", "11000"}, {"一万五千五", "15500"}, {"两万", "20000"},
            {"两万三", "23000"}, {"三万五", "35000"}, {"三万五千", "35000"}, {"十万", "100000"},
            {"十一万", "110000"}, {"十二万三千", "123000"}, {"二十万零三百", "200300"}, {"二十七八万", "270000"},
            {"五六千", "5000"}, {"两三万", "20000"}, {"一百万", "1000000"}, {"一百零一万", "1010000"},
            {"三千万", "30000000"}, {"一亿", "100000000"}, {"一亿零一", "100000001"},
            {"一亿两千万", "120000000"}, {"廿", "20"}, {"廿五", "25"}, {"卅", "30"}, {"卅六", "36"},
            {"壹佰", "100"}, {"壹仟", "1000"}, {"贰仟伍佰", "2500"}, {"叁万伍仟", "35000"},
            {"壹万贰仟叁佰", "12300"}, {"肆仟零伍拾", "4050"}, {"玖拾", "90"}, {"壹拾伍", "15"}, {"伍萬", "50000"},
            {"二〇〇〇", "2000"}, {"三零五", "305"}, {"4500", "4500"}, {"1.5万", "15000"}, {"1.2万", "12000"},
            {"0.8万", "8000"}, {"3万5", "35000"}, {"4千5", "4500"}, {"2万3千", "23000"}, {"12万5千", "125000"},
            {"2万3000", "23000"}, {"3.5千", "3500"}, {"10万", "100000"}, {"8百", "800"}, {"5千零50", "5050"},
            {"两", "2"}, {"俩", "2"}, {"仨", null},
    };

    // written with letters or separators, read inside a sentence only (the money reader rewrites them first)
    private static final String[][] SENTENCE_ONLY = {
            {"3k5", "3500"}, {"2w8", "28000"}, {"3k", "3000"}, {"2w", "20000"}, {"3.5k", "3500"}, {"2.8w", "28000"},
            {"1,200", "1200"}, {"12,500", "12500"}, {"4500.00", "4500"},
    };

    private static final String[] FRAMES = {
            "老板欠我%s元工资", "工地老板拖欠我工资%s块钱，一直没给", "还欠我%s元没结清", "他欠我们工钱共%s元",
            "干了一年，工资%s元至今没拿到",
    };

    @Test
    void everyFormIsReadAlone() {
        List<String> wrong = new ArrayList<>();
        for (String[] row : TABLE) {
            if (row[1] == null) {
                continue;
            }
            Double got = ChineseNumerals.parse(row[0]);
            if (got == null || got != Double.parseDouble(row[1])) {
                wrong.add(row[0] + " → " + got + " (expected " + row[1] + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void atLeast98PercentAreReadAsTheAmountInWageSentences() {
        int right = 0;
        int all = 0;
        List<String> wrong = new ArrayList<>();
        List<String[]> rows = new ArrayList<>(List.of(TABLE));
        rows.addAll(List.of(SENTENCE_ONLY));
        for (String[] row : rows) {
            if (row[1] == null || Double.parseDouble(row[1]) < 1) {
                continue;
            }
            for (String frame : FRAMES) {
                String sentence = String.format(frame, row[0]);
                Long got = ChineseMoneyReader.read(sentence).amountOwed(null, false);
                all++;
                if (got != null && got == Long.parseLong(row[1])) {
                    right++;
                } else {
                    wrong.add(sentence + " → " + got);
                }
            }
        }
        double share = right / (double) all;
        assertTrue(share >= 0.98, String.format("%d of %d right (%.3f); wrong: %s", right, all, share, wrong));
    }

    @Test
    void aRunOfDigitsTooLongForMoneyIsNoSum() {
        assertEquals(null, ChineseMoneyReader.read("老板欠我" + "9".repeat(40) + "元").amountOwed(null, false));
    }
}
