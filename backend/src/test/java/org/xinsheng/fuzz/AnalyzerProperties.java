package org.xinsheng.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.nlp.SharedAnalyzer;
import org.xinsheng.nlp.numbers.ChineseNumerals;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated text against the analyzer and the amount normaliser: never a throw, always a well-formed analysis. */
class AnalyzerProperties {

    private static final Set<String> SECTORS = Set.of("construction", "transport", "water", "agriculture",
            "manufacturing", "services", "gig", "public_sector", "other", "not_wage");
    private static final Set<String> TOWNSHIPS = Set.of("maai", "langmusi", "gahai", "xicang", "shuangcha",
            "larenguan", "ala");

    @Property(tries = 3000)
    void anyTextGivesAWellFormedAnalysis(@ForAll("texts") String text) {
        Analysis a = SharedAnalyzer.get().analyze(text);
        assertNotNull(a);
        assertTrue(a.language().equals("zh") || a.language().equals("bo"), a.language());
        assertTrue(SECTORS.contains(a.sector()), a.sector());
        assertEquals(a.wageArrears(), !a.sector().equals("not_wage"), "wage decision and sector agree");
        assertTrue(a.amountYuan() == null || a.amountYuan() >= 0, "amount " + a.amountYuan());
        assertTrue(a.workers() == null || a.workers() >= 1, "workers " + a.workers());
        assertTrue(a.township() == null || TOWNSHIPS.contains(a.township()), a.township());
        assertTrue(a.employer() == null || text.contains(a.employer()), "employer copied verbatim: " + a.employer());
    }

    @Property(tries = 2000)
    void aSumWrittenInDigitsIsReadBack(@ForAll @LongRange(min = 100, max = 9_999_999) long yuan,
                                       @ForAll("sumStyles") int style) {
        String written = switch (style) {
            case 0 -> yuan + "元";
            case 1 -> yuan + "块";
            case 2 -> String.format("%,d元", yuan);
            default -> toFullWidth(Long.toString(yuan)) + "元";
        };
        Analysis a = SharedAnalyzer.get().analyze("我在郎木寺镇工地干活，老板欠我工资" + written + "，一直不给");
        assertEquals(Long.valueOf(yuan), a.amountYuan(), written);
    }

    @Property(tries = 2000)
    void chineseNumeralsAreReadAsTheirValue(@ForAll @LongRange(min = 1, max = 99_999_999) long n) {
        assertEquals(Double.valueOf(n), ChineseNumerals.parse(chinese(n)), chinese(n));
    }

    @Provide
    Arbitrary<Integer> sumStyles() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("老板", "欠", "工资", "三万五", "1.2万", "郎木寺", "跑路", "我们12个人",
                "每月4500", "ལས་དཔོན", "སྒོར", "༡༢༠༠༠", "མ་སྤྲད", "ཁྲི་གསུམ", "包工头王某", "甘肃路达交通工程有限公司", "一天300",
                "干了20天", "给了一半", "6人×18天×230元", "😀", "\u0000", "\t", "\uD800", "　", "，", "。", " ");
        Arbitrary<String> phrase = words.list().ofMaxSize(30).map(l -> String.join("", l));
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> mixed = Combinators.combine(phrase, noise, phrase).as((a, b, c) -> a + b + c);
        Arbitrary<String> long_ = phrase.map(p -> p.repeat(1 + 20_000 / Math.max(1, p.length())));
        return Arbitraries.oneOf(phrase, noise, mixed, long_);
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append((char) (c - '0' + '０'));
        }
        return out.toString();
    }

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] SMALL_UNITS = {"", "十", "百", "千"};

    /** A plain reading: 35000 → 三万五千, 10500 → 一万零五百, 12 → 一十二. */
    static String chinese(long n) {
        long high = n / 10_000;
        long low = n % 10_000;
        if (high == 0) {
            return below10k(low, false);
        }
        String head = below10k(high, false) + "万";
        if (low == 0) {
            return head;
        }
        return head + below10k(low, low < 1000);
    }

    private static String below10k(long n, boolean leadingZero) {
        StringBuilder out = new StringBuilder(leadingZero ? "零" : "");
        boolean zero = false;
        for (int p = 3; p >= 0; p--) {
            long d = n / (long) Math.pow(10, p) % 10;
            if (d == 0) {
                zero = out.length() > 0 && !out.toString().endsWith("零");
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            out.append(DIGITS.charAt((int) d)).append(SMALL_UNITS[p]);
        }
        String s = out.toString();
        return s.startsWith("零零") ? s.substring(1) : s;
    }
}
