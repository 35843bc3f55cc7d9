package org.xinsheng.nlp.extract;

import org.xinsheng.nlp.text.Gazetteer;
import org.xinsheng.nlp.text.TibetanSyllables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Finds the township where the work was done, from the names people write for each township of the active
 * jurisdiction (Chinese and Tibetan names, short forms, county-seat words). A name the writer gives as their home
 * ("我是阿拉乡人", "老家西仓") is skipped; of the others the first one wins. {@link #luqu()} is the Luqu gazetteer
 * ({@code townships.tsv}), for the NLP tools and tests that run without a jurisdiction.
 */
public final class TownshipFinder {

    public record Name(String key, String text) {
    }

    private static final TownshipFinder LUQU = new TownshipFinder(fromGazetteer("townships.tsv"));
    private static final List<String> HOME_BEFORE = List.of("老家", "家在", "家住", "我是", "我们是", "来自", "户口",
            "户籍", "家是", "娘家", "ཕ་ཡུལ", "སྐྱེས་ཡུལ");
    private static final List<String> HOME_AFTER = List.of("人", "的人", "本地人", "户口");

    private final List<Name> names;

    /** From (township key, name as written) pairs; duplicates and blank names are dropped. */
    public TownshipFinder(List<Name> names) {
        List<Name> sorted = new ArrayList<>(new LinkedHashSet<>(names));
        sorted.removeIf(n -> n.text() == null || n.text().isBlank());
        sorted.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
        this.names = List.copyOf(sorted);
    }

    /** The Luqu townships of {@code townships.tsv}: the default when no jurisdiction is given. */
    public static TownshipFinder luqu() {
        return LUQU;
    }

    /** The rows of a gazetteer file (key, zh|bo, name as written) as names. */
    public static List<Name> fromGazetteer(String file) {
        List<Name> names = new ArrayList<>();
        for (String[] row : Gazetteer.rows(file)) {
            names.add(new Name(row[0], row[2]));
        }
        return names;
    }

    /** All township names, longest first: the Chinese tokenizer adds them to its dictionary. */
    public List<Name> names() {
        return names;
    }

    public String find(String folded) {
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        boolean[] taken = new boolean[folded.length()];
        for (Name name : names) {
            int from = 0;
            while (true) {
                int at = folded.indexOf(name.text(), from);
                if (at < 0) {
                    break;
                }
                from = at + 1;
                int end = at + name.text().length();
                if (taken[at] || !onSyllableBoundary(folded, at, end)) {
                    continue;
                }
                for (int k = at; k < end; k++) {
                    taken[k] = true;
                }
                if (isHome(folded, at, end) || isOtherCountySeat(folded, name, at) || isEmployersHome(folded, at, end)) {
                    continue;
                }
                if (at < bestAt) {
                    bestAt = at;
                    best = name.key();
                }
            }
        }
        return best;
    }

    private static boolean onSyllableBoundary(String text, int at, int end) {
        if (!TibetanSyllables.isTibetanLetter(text.charAt(at))) {
            return true;
        }
        boolean startOk = at == 0 || !TibetanSyllables.isTibetanLetter(text.charAt(at - 1));
        return startOk && (endsSyllable(text, end) || (text.startsWith("ར", end) || text.startsWith("ས", end))
                && endsSyllable(text, end + 1) || text.startsWith("འི", end) && endsSyllable(text, end + 2));
    }

    private static boolean endsSyllable(String text, int at) {
        return at >= text.length() || !TibetanSyllables.isTibetanLetter(text.charAt(at));
    }

    /** 迭部县城, 若尔盖县城: the county seat of another county. */
    private static boolean isOtherCountySeat(String text, Name name, int at) {
        return name.text().equals("县城") && at > 0
                && Character.UnicodeScript.of(text.charAt(at - 1)) == Character.UnicodeScript.HAN
                && "在到去的是从回进里个这那们给帮".indexOf(text.charAt(at - 1)) < 0 // 我们县城, 给县城一家公司
                && !text.startsWith("碌曲县", Math.max(0, at - 3)); // 碌曲县县城
    }

    /** 工头是尕海的人, 老板是郎木寺的, 西仓镇人: where someone comes from, not where the work was done. */
    private static boolean isEmployersHome(String text, int at, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 3));
        if (after.startsWith("的人") && !after.startsWith("的人饮") || after.startsWith("人")
                && !after.startsWith("人民") && !after.startsWith("人饮")) {
            return true;
        }
        String before = text.substring(Math.max(0, at - 4), at);
        return after.startsWith("的") && EMPLOYER_IS.stream().anyMatch(before::endsWith);
    }

    private static final List<String> EMPLOYER_IS = List.of("老板是", "工头是", "公司是", "老板也是", "老板家是", "他是");

    private static boolean isHome(String text, int at, int end) {
        int window = TibetanSyllables.isTibetanLetter(text.charAt(at)) || at > 0
                && !TibetanSyllables.isTibetanLetter(text.charAt(at - 1)) && at > 1
                && TibetanSyllables.isTibetanLetter(text.charAt(at - 2)) ? 12 : 4;
        String before = text.substring(Math.max(0, at - window), at);
        String after = text.substring(end, Math.min(text.length(), end + 3));
        for (String cue : HOME_BEFORE) {
            if (before.endsWith(cue) || before.contains(cue) && cue.length() >= 2 && !before.contains("在")) {
                for (String tail : HOME_AFTER) {
                    if (after.startsWith(tail) || after.startsWith("的") || after.startsWith("，")) {
                        return true;
                    }
                }
                if (cue.equals("老家") || cue.equals("家在") || cue.equals("家住") || cue.startsWith("ཕ")
                        || cue.startsWith("སྐྱེས") || cue.equals("来自") || cue.equals("户口") || cue.equals("户籍")) {
                    return true;
                }
            }
        }
        String shortAfter = text.substring(end, Math.min(text.length(), end + 2));
        return (shortAfter.startsWith("人") && !shortAfter.startsWith("人民")) && before.contains("是");
    }
}
