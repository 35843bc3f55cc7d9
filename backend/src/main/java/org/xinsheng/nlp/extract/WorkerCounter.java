package org.xinsheng.nlp.extract;

import org.xinsheng.nlp.numbers.ChineseNumerals;
import org.xinsheng.nlp.numbers.TibetanNumerals;
import org.xinsheng.nlp.text.Gazetteer;
import org.xinsheng.nlp.text.TibetanSyllables;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many workers are owed: an explicit count ("我们12个人", "十二名工人", "མི་བཅུ་གཉིས"); 1 when the writer
 * speaks only of themself; null when the count is approximate ("二十多人", "好多人") or the writer says "we" without
 * a number.
 */
public final class WorkerCounter {

    public record Count(Integer workers, boolean plural) {
    }

    // Possessive and anchored at the start of a run: a long run of digits is read once, not once per position
    private static final String NUM = "(?<![0-9一二两俩三四五六七八九十百零])([0-9]++|[一二两俩三四五六七八九十百零]++)";
    private static final Pattern ZH_COUNT = Pattern.compile(NUM
            + "(多|几|来|余)?(?:个人|个工人|个工友|个兄弟|个农民工|个师傅|个牧工|个司机|个保安|个保洁|个骑手|个姐妹|个老乡"
            + "|个(?!月|天|年|星期|礼拜|小时|钟头|半月|多月|工作日|工(?![人友匠]))[\\u4e00-\\u9fff]{0,2}?(?:工|员|阿姨|师傅|司机|村民|年轻人|老师|学徒|护士|厨师)"
            + "|名工人|名农民工|名|位|口人|号人|人|个)");
    private static final Pattern SPACED_COUNT = Pattern.compile("(?<=[0-9])\\s+(?=[个名位人])|(?<=个)\\s+(?=人)");
    private static final Pattern FAMILY = Pattern.compile("一家([两三四五六])口");
    // 我们俩, 娘仨, 两口子: a group word that is its own count
    private static final Pattern ZH_GROUP_WORD = Pattern.compile(
            "(?:我们|咱们|俺们|我|咱|俺|夫妻|兄弟|姐妹|母女|父子|母子|爷|娘)(俩|仨)(?![月天年个])|两口子");
    private static final Pattern NOT_THE_WORKERS = Pattern.compile("家里|家中|全家|家有|家属|最多|高峰|多的时候|上有|下有|孩子");
    // 有农民工 but nobody in the first or third person singular: workers in general, count unknown
    private static final Pattern GENERIC_WORKERS = Pattern.compile("农民工|工人|员工|务工人员|职工|工友");
    private static final Pattern SOMEONE = Pattern.compile(
            "我|俺|本人|咱|他|她|其|自己|来电人|来访人|投诉人|反映人|申请人|当事人|诉求人|受援人");
    private static final Pattern ZH_ME_AND = Pattern.compile("我(?:和|跟|带着|带了)(?:另外|其他|其余|别的|同村)?(?:的)?" + NUM
            + "(?:个|名|位)");
    // 换了几个老板, 几个月: 几个 before a word that is not people says nothing about how many are owed; 我们家 is a family
    private static final String NOT_PEOPLE_AFTER = "(?!月|老板|小时|天|星期|礼拜|钟头|地方|工地|项目|包工头|工头|公司|店|理由|问题|电话|部门|单位)";
    private static final Pattern ZH_VAGUE = Pattern.compile(
            "好多|很多|好些|不少人|一帮|一群|一伙|几十个|几十人|十几|好?几个" + NOT_PEOPLE_AFTER
            + "|(?<![0-9一二三四五六七八九十])[0-9一二三四五六七八九十]++多(?:个|人|名)|大伙|大家|工友们|兄弟们|我们(?!家)|我們|咱们|俺们|我们这些");
    private static final List<String> RELATIVES = Gazetteer.words("worker-relatives.tsv", "zh");

    private WorkerCounter() {
    }

    public static Count chinese(String text) {
        String folded = SPACED_COUNT.matcher(text).replaceAll("");
        Integer best = null;
        Matcher family = FAMILY.matcher(folded);
        if (family.find()) {
            best = (int) Math.round(ChineseNumerals.parse(family.group(1)));
        }
        Matcher m = ZH_ME_AND.matcher(folded);
        while (m.find()) {
            Double n = ChineseNumerals.parse(m.group(1));
            if (n != null && n >= 1 && n < 10000) {
                best = max(best, (int) (n + 1));
            }
        }
        m = ZH_GROUP_WORD.matcher(folded);
        while (m.find()) {
            best = max(best, "仨".equals(m.group(1)) ? 3 : 2);
        }
        boolean vagueCount = false;
        m = ZH_COUNT.matcher(folded);
        while (m.find()) {
            String unit = folded.substring(m.end(2) < 0 ? m.end(1) : m.end(2), m.end());
            int start = m.start();
            String before = folded.substring(Math.max(0, start - 3), start);
            String after = folded.substring(m.end(), Math.min(folded.length(), m.end() + 3));
            if (before.endsWith("每") || before.endsWith("第")) {
                continue;
            }
            if (unit.equals("个") && !after.isEmpty() && "月天工年星礼小钟半多".indexOf(after.charAt(0)) >= 0) {
                continue;
            }
            boolean clauseEnd = after.isEmpty() || "，。,.！! 都一人每".indexOf(after.charAt(0)) >= 0;
            boolean nounFollows = !clauseEnd && Character.UnicodeScript.of(after.charAt(0)) == Character.UnicodeScript.HAN;
            boolean weCount = before.endsWith("们") && "个".equals(unit); // 我们七个在西仓干了两个月, 俺们5个女的
            if (unit.equals("个") && !weCount && (nounFollows || !(before.endsWith("们") || before.endsWith("共")
                    || before.endsWith("有") || before.endsWith("伙") || clauseEnd))) {
                continue; // 三个月, 一个工, 有3个井盖: a bare "个" counts people only after 我们/一共/有 at a clause end
            }
            String wider = folded.substring(Math.max(0, start - 8), start);
            if (NOT_THE_WORKERS.matcher(wider).find()) {
                continue; // 家里5个人, 工地最多的时候38个人: people, but not the ones owed
            }
            if (m.group(2) != null || before.endsWith("几")) {
                vagueCount = true;
                continue;
            }
            Double n = ChineseNumerals.parse(m.group(1));
            if (n == null || n < 1 || n >= 10000 || n != Math.floor(n)) {
                continue;
            }
            if (n >= 100 && (before.stripTrailing().endsWith("月") || before.stripTrailing().endsWith("天"))) {
                continue; // "每月 1600 人 回青海了": a rate typed apart from the next clause's 人
            }
            if (n == 1 && !before.endsWith("共")) {
                continue; // 一个人 is "alone", and 老板一个人 is not the workers
            }
            best = max(best, n.intValue());
        }
        boolean plural = vagueCount || ZH_VAGUE.matcher(folded).find();
        if (best == null && (folded.contains("我一个人") || folded.contains("就我一个") || folded.contains("我自己")
                || folded.contains("我个人"))) {
            return new Count(1, false);
        }
        if (best != null) {
            return new Count(best, true);
        }
        {
            // 我和我表哥: two, even where the writer also says 我们
            for (String relative : RELATIVES) {
                if (folded.contains("我和" + relative) || folded.contains("我跟" + relative)
                        || folded.contains("我和我" + relative) || folded.contains("我跟我" + relative)) {
                    return new Count(2, true);
                }
            }
        }
        if (!plural && GENERIC_WORKERS.matcher(folded).find() && !SOMEONE.matcher(folded).find()) {
            return new Count(null, true);
        }
        return plural ? new Count(null, true) : new Count(1, false);
    }

    public static Count tibetan(List<String> tokens) {
        Integer best = null;
        boolean vague = false;
        boolean plural = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("ང") && i + 1 < tokens.size() && tokens.get(i + 1).startsWith("ཚོ")
                    || t.equals("ཅག") || t.equals("ཚང") && i > 0 && tokens.get(i - 1).equals("ཚོ")) {
                plural = true;
            }
            boolean countWord = t.equals("མི") || (t.equals("ཚོ") || t.equals("ཚོས")) && i > 0 && tokens.get(i - 1).equals("ང");
            if (!countWord || i + 1 >= tokens.size()) {
                continue;
            }
            String next = tokens.get(i + 1);
            if (next.equals("མང") || next.equals("ཁ") && i + 2 < tokens.size() && tokens.get(i + 2).equals("ཤས")) {
                vague = true;
                plural = true;
                continue;
            }
            if (next.equals("རེར") || next.equals("རེ")) {
                continue;
            }
            TibetanNumerals.Read n = TibetanNumerals.read(tokens, i + 1);
            if (n == null || n.value() < 1 || n.value() >= 1000) {
                continue;
            }
            String after = n.end() < tokens.size() ? tokens.get(n.end()) : "";
            if (after.equals("ལྷག") || after.equals("ཙམ") || after.equals("མང")) {
                vague = true;
                plural = true;
                continue;
            }
            if (after.equals("རེར") || after.equals("རེ")) {
                continue;
            }
            if (n.value() == 1) {
                continue;
            }
            best = max(best, (int) n.value());
        }
        if (best == null && !vague) {
            best = weCount(tokens);
        }
        if (best == null && !vague) {
            best = meAndCount(tokens);
        }
        if (best != null) {
            return new Count(best, true);
        }
        return plural || vague ? new Count(null, true) : new Count(1, false);
    }

    /** ང་ཚོ་བུད་མེད་བཞི, ང་ཚོ་ཡུལ་མི་ཉི་ཤུ: "we" and, within a few syllables, how many we are. */
    private static Integer weCount(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).equals("ང") || !tokens.get(i + 1).startsWith("ཚོ")) {
                continue;
            }
            for (int k = i + 2; k < Math.min(tokens.size(), i + 6); k++) {
                if (tokens.get(k).equals(TibetanSyllables.BREAK)) {
                    break;
                }
                TibetanNumerals.Read n = TibetanNumerals.read(tokens, k);
                if (n != null) {
                    String after = n.end() < tokens.size() ? tokens.get(n.end()) : "";
                    boolean unit = NOT_PEOPLE.contains(after) && k > i + 2; // ང་ཚོ་ ༤ ཟླ་ ༡: four of us
                    return !unit && n.value() >= 2 && n.value() < 1000 ? (int) n.value() : null;
                }
            }
        }
        return null;
    }

    /** ང་དང་ཨ་ཅེ་གཉིས་ཀས, ང་དང་བུ་གཉིས: "me and …, two of us". */
    private static Integer meAndCount(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).equals("ང") || !tokens.get(i + 1).equals("དང")) {
                continue;
            }
            for (int k = i + 2; k < Math.min(tokens.size(), i + 6); k++) {
                String t = tokens.get(k);
                if (t.equals("གཉིས") || t.equals("གསུམ") || t.equals("བཞི")) {
                    return t.equals("གཉིས") ? 2 : t.equals("གསུམ") ? 3 : 4;
                }
                if (t.equals(TibetanSyllables.BREAK)) {
                    break;
                }
            }
        }
        return null;
    }

    private static final Set<String> NOT_PEOPLE = Set.of("ཉིན", "ཟླ", "ལོ", "ཞག", "སྒོར", "པ",
            "པའི", "ཐེངས", "ལུག", "གཡག", "元", "块");

    private static Integer max(Integer a, int b) {
        return a == null || b > a ? b : a;
    }
}
