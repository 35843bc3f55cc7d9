package org.xinsheng.nlp.extract;

import org.xinsheng.nlp.text.Gazetteer;
import org.xinsheng.nlp.text.TibetanSyllables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who owes the wage in Tibetan text: a role followed by a name (ལས་དཔོན་བཀྲ་ཤིས), a name before an
 * organisation word (བདེ་སྐྱིད་ཟ་ཁང), or a Chinese company or person quoted inside the Tibetan
 * ({@link ChineseEmployerFinder}). The span stops before any case particle.
 */
public final class TibetanEmployerFinder {

    private static final int MAX_NAME_SYLLABLES = 4;
    private static final int MAX_ORG_NAME_SYLLABLES = 3;
    private static final int MAX_TRANSLITERATED_SYLLABLES = 12;
    private static final Set<String> TRANSLITERATED = Set.copyOf(
            Gazetteer.rows("tibetan-transliterated-syllables.txt").stream().map(r -> r[0]).toList());

    private final List<String> roles;
    private final List<String> orgWords;
    private final Set<String> stops = new HashSet<>();
    /** Syllables that, right after a role word, say there is no name: ran away, is gone, a case particle. */
    private static final Set<String> NOT_A_NAME = Set.of("བྲོས", "འབྲོས", "ཡལ", "མེད", "གིས", "ཀྱིས", "གྱིས", "ཡིས",
            "ལ", "ནས", "དང", "ཡང");
    /** ཤེས་མ་སོང, ཧ་མ་གོ: "don't know" right after a role word, which the name finder can take for a name (ལས་དཔོན་ཤེ). */
    private static final List<String> DONT_KNOW = List.of("ཤེས་མ་", "ཧ་མ་གོ", "མི་ཤེས");
    private final ChineseEmployerFinder chinese;

    public TibetanEmployerFinder(ChineseEmployerFinder chinese) {
        this.chinese = chinese;
        this.roles = sorted(Gazetteer.words("employer-roles.tsv", "bo"));
        this.orgWords = sorted(Gazetteer.words("employer-suffixes.tsv", "bo"));
        for (String[] row : Gazetteer.rows("tibetan-particles.tsv")) {
            stops.add(row[0].replace("་", ""));
        }
        for (String[] row : Gazetteer.rows("tibetan-numbers.tsv")) {
            if (!row[0].contains("་") && (row[1].equals("digit") || row[1].equals("mult"))) {
                stops.add(row[0]);
            }
        }
        for (String[] row : Gazetteer.rows("tibetan-name-stops.tsv")) {
            stops.add(row[0]);
        }
    }

    private static List<String> sorted(List<String> words) {
        List<String> list = new ArrayList<>(words);
        list.sort(Comparator.comparingInt(String::length).reversed());
        return list;
    }

    public String find(String original, String folded) {
        for (String role : roles) {
            int at = indexOfSyllables(folded, role, 0);
            while (at >= 0) {
                int nameStart = at + role.length();
                if (nameStart < folded.length() && (folded.charAt(nameStart) == '་' || folded.charAt(nameStart) == ' ')) {
                    int end = hanNameEnd(folded, nameStart + 1); // ལས་དཔོན་李军
                    if (end < 0) {
                        end = nameEnd(folded, nameStart + 1);
                    }
                    if (end > nameStart + 1) {
                        return original.substring(at, end);
                    }
                }
                at = indexOfSyllables(folded, role, at + 1);
            }
        }
        for (String word : orgWords) {
            int at = indexOfSyllables(folded, word, 0);
            if (at > 0) {
                int start = orgStart(folded, at);
                if (start < at) {
                    return original.substring(start, at + word.length());
                }
            }
        }
        // Chinese names and companies quoted in Tibetan text: the Tibetan around them is blanked out so a span
        // never runs into it (尕海་གི་尕秀村牦牛养殖合作社 → 尕秀村牦牛养殖合作社)
        return chinese.find(original, hanOnly(folded));
    }

    /**
     * What the trained name finder marked, unless it is a role word alone or cut short (ཚོང of ཚོང་དཔོན), or one
     * followed by a syllable that cannot start a name (ཚོང་དཔོན་བྲོས "the boss ran", ལས་དཔོན་ཤེ of ཤེས་མ་སོང "don't
     * know"): then there is no name, and null.
     */
    public String keepName(String span) {
        if (span == null) {
            return null;
        }
        String bare = span.endsWith("་") ? span.substring(0, span.length() - 1) : span;
        for (String role : roles) {
            if (role.equals(bare) || role.startsWith(bare + "་")) {
                return null; // the role word, or its first syllables (ཚོང of ཚོང་དཔོན), is nobody's name
            }
            if (span.startsWith(role + "་")) {
                String rest = span.substring(role.length() + 1);
                String first = rest.split("་", 2)[0];
                boolean noName = first.isEmpty() || NOT_A_NAME.contains(first) || rest.equals("ཤེ")
                        || DONT_KNOW.stream().anyMatch(rest::startsWith);
                return noName ? null : span;
            }
        }
        return span;
    }

    private static String hanOnly(String folded) {
        char[] out = folded.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= '\u0F00' && out[i] <= '\u0FFF') {
                out[i] = ' ';
            }
        }
        return new String(out);
    }

    private static int hanNameEnd(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 4
                && Character.UnicodeScript.of(text.charAt(end)) == Character.UnicodeScript.HAN) {
            end++;
        }
        return end - from >= 2 ? end : -1;
    }

    private int nameEnd(String text, int from) {
        List<int[]> syllables = syllablesFrom(text, from, MAX_NAME_SYLLABLES + 1);
        int end = from;
        for (int n = 0; n < syllables.size() && n < MAX_NAME_SYLLABLES; n++) {
            int[] span = syllables.get(n);
            String syllable = text.substring(span[0], span[1]);
            if (stops.contains(syllable)) {
                break;
            }
            String bare = withoutAttachedParticle(syllable);
            boolean lastOfName = n + 1 >= syllables.size()
                    || stops.contains(text.substring(syllables.get(n + 1)[0], syllables.get(n + 1)[1]));
            if (!bare.equals(syllable) && (lastOfName || n >= 1 && syllable.endsWith("འི"))) {
                end = span[0] + bare.length(); // རྡོ་རྗེས་གླ་ཕོགས: the fused ས is the agentive, not the name
                break;
            }
            end = span[1];
        }
        return end;
    }

    /** Start and end of up to {@code max} syllables joined by tshegs from {@code from}. */
    private static List<int[]> syllablesFrom(String text, int from, int max) {
        List<int[]> spans = new ArrayList<>();
        int i = from;
        while (spans.size() < max) {
            int s = i;
            while (i < text.length() && TibetanSyllables.isTibetanLetter(text.charAt(i))) {
                i++;
            }
            if (i == s) {
                break;
            }
            spans.add(new int[]{s, i});
            if (i < text.length() && text.charAt(i) == '་') {
                i++;
            } else {
                break;
            }
        }
        return spans;
    }

    /** རྡོ་རྗེས → རྡོ་རྗེ: the agentive ས, genitive འི and locative ར fused onto a vowel-final syllable. */
    static String withoutAttachedParticle(String syllable) {
        if (syllable.endsWith("འི") && syllable.length() > 2) {
            return syllable.substring(0, syllable.length() - 2);
        }
        if ((syllable.endsWith("ས") || syllable.endsWith("ར")) && syllable.length() > 2) {
            char beforeLast = syllable.charAt(syllable.length() - 2);
            if (beforeLast >= '\u0F90' && beforeLast <= '\u0FBC') {
                return syllable.substring(0, syllable.length() - 1); // པདྨས: nothing follows a subjoined letter
            }
            if ("ེོུ".indexOf(beforeLast) >= 0 || beforeLast == 'ི' && syllable.length() > 3 && !syllable.equals("ཤིས")
                    && !syllable.endsWith("ཤིས")) {
                return syllable.substring(0, syllable.length() - 1);
            }
        }
        return syllable;
    }

    private int orgStart(String text, int at) {
        int start = at;
        int i = at - 1; // the tsheg before the org word
        boolean transliterated = true;
        for (int n = 0; n < MAX_TRANSLITERATED_SYLLABLES && i > 0 && text.charAt(i) == '་'; n++) {
            int e = i;
            int s = i;
            while (s > 0 && TibetanSyllables.isTibetanLetter(text.charAt(s - 1))) {
                s--;
            }
            if (s == e) {
                break;
            }
            String syllable = text.substring(s, e);
            if (stops.contains(syllable) || !withoutAttachedParticle(syllable).equals(syllable)) {
                break;
            }
            // ཀན་སུའུ་ཅིན་ཧྭ་ཅན་ཀྲུའུ་ཀུང་སི: a Chinese company name in Tibetan letters runs longer than a Tibetan one
            transliterated &= TRANSLITERATED.contains(syllable);
            if (n >= MAX_ORG_NAME_SYLLABLES && !transliterated) {
                break;
            }
            start = s;
            i = s - 1;
        }
        return start;
    }

    private static int indexOfSyllables(String text, String word, int from) {
        int at = text.indexOf(word, from);
        while (at >= 0) {
            boolean startOk = at == 0 || !TibetanSyllables.isTibetanLetter(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end >= text.length() || !TibetanSyllables.isTibetanLetter(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }
}
