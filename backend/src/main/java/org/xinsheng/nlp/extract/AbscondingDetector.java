package org.xinsheng.nlp.extract;

import org.xinsheng.nlp.text.Gazetteer;

import java.util.List;

/**
 * Whether the employer is gone, unreachable, or refuses to pay or disowns the debt (跑路, 失联, 拉黑, 拒不支付,
 * བྲོས་སོང་). Cue words come from {@code absconding.tsv}; phrases that negate them ("没跑路", "能联系上") from
 * {@code absconding-negations.tsv} are blanked out first.
 */
public final class AbscondingDetector {

    private final List<String> cues;
    private final List<String> negations;

    /** A detector for the given languages' cues (Tibetan text often quotes Chinese words). */
    public AbscondingDetector(List<String> langs) {
        this.cues = langs.stream().flatMap(l -> Gazetteer.words("absconding.tsv", l).stream()).toList();
        this.negations = langs.stream().flatMap(l -> Gazetteer.words("absconding-negations.tsv", l).stream()).toList();
    }

    // 跑了5趟, 跑了三个月的外卖: the writer's own runs, not the boss running off
    private static final java.util.regex.Pattern RUNS = java.util.regex.Pattern.compile(
            "跑了(?=[0-9一二两三四五六七八九十几半]|趟|单|外卖|美团|滴滴|快递)");

    public boolean absconded(String folded) {
        String text = RUNS.matcher(folded).replaceAll("  ");
        for (String negation : negations) {
            if (text.contains(negation)) {
                text = text.replace(negation, " ".repeat(negation.length()));
            }
        }
        for (String cue : cues) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
