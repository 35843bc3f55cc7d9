package org.xinsheng.nlp.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.xinsheng.nlp.extract.TownshipFinder;
import org.xinsheng.nlp.numbers.ChineseNumerals;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese words from HanLP's portable core dictionary, with the Luqu township names and the gazetteer cue words
 * added to its custom dictionary (out of the box it reads 郎木寺镇 as a person's name).
 */
public final class ChineseTokenizer {

    private static final Segment SEGMENT;

    static {
        for (TownshipFinder.Name name : TownshipFinder.luqu().names()) {
            CustomDictionary.add(name.text(), "ns 1024");
        }
        for (String[] row : Gazetteer.rows("sector-cues.tsv")) {
            if (row[1].equals("zh")) {
                CustomDictionary.add(row[2], "n 512");
            }
        }
        for (String cue : Gazetteer.words("absconding.tsv", "zh")) {
            CustomDictionary.add(cue, "v 512");
        }
        SEGMENT = HanLP.newSegment().enableCustomDictionary(true).enableNameRecognize(true)
                .enablePlaceRecognize(false).enableOrganizationRecognize(false);
    }

    private ChineseTokenizer() {
    }

    /** Word tokens; numbers become "<num>", punctuation and spaces are dropped. */
    public static List<String> words(String folded) {
        List<Term> terms = SEGMENT.seg(folded);
        List<String> words = new ArrayList<>(terms.size());
        for (Term term : terms) {
            String w = term.word.strip();
            if (w.isEmpty() || term.nature != null && term.nature.startsWith("w")) {
                continue;
            }
            if (term.nature != null && term.nature.startsWith("m") && (w.codePoints().anyMatch(Character::isDigit)
                    || ChineseNumerals.parse(w) != null)) {
                words.add("<num>");
            } else if (term.nature != null && term.nature.startsWith("nr")) {
                words.add("<person>");
            } else {
                words.add(w);
            }
        }
        return words;
    }
}
