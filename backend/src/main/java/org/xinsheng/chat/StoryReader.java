package org.xinsheng.chat;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.xinsheng.nlp.Analysis;

/**
 * The analyzer's reading of a worker's story, checked against what the chat itself listens for before the slots are
 * filled from it: a count of one the story never states is no count (the analyzer says one whenever none is named,
 * and 30 workers is the task-force threshold); an employer read out of "I don't know" is none; a story that says the
 * boss ran away or the wages were not received is a wage complaint whatever the model's score.
 */
@Singleton
public class StoryReader {

    private final TextAnalyzer analyzer;
    private final Vocabulary words;

    public StoryReader(TextAnalyzer analyzer, Vocabulary words) {
        this.analyzer = analyzer;
        this.words = words;
    }

    Analysis read(String text) {
        Analysis a = analyzer.analyze(text);
        String n = Vocabulary.normalize(text);
        Integer workers = a.workers() != null && a.workers() == 1 && !words.mentions("one_worker", n) ? null : a.workers();
        boolean saysWage = Boolean.TRUE.equals(a.absconded()) || words.mentions("wage_unpaid", n);
        Boolean wage = !Boolean.TRUE.equals(a.wageArrears()) && saysWage && !words.mentions("kind_other", n)
                ? Boolean.TRUE : a.wageArrears();
        String sector = Boolean.TRUE.equals(wage) && (a.sector() == null || "not_wage".equals(a.sector()))
                ? "other" : a.sector();
        return new Analysis(a.language(), wage, a.wageConfidence(), sector, a.sectorConfidence(),
                employerOrNull(text, a.employer()), a.amountYuan(), workers, a.township(), a.absconded());
    }

    /** The employer read from the text, unless it is (part of) a "don't know" there ("ལས་དཔོན་ཤེས་མ་སོང" → ལས་དཔོན་ཤེ). */
    @Nullable
    String employerOrNull(String text, @Nullable String employer) {
        if (employer == null) {
            return null;
        }
        String e = Vocabulary.normalize(employer);
        if (e.isEmpty() || words.mentions("unknown", e)) {
            return null;
        }
        String n = Vocabulary.normalize(text);
        int at = n.indexOf(e);
        if (at < 0) {
            return employer;
        }
        for (String word : words.list("unknown")) {
            for (int u = n.indexOf(word); u >= 0; u = n.indexOf(word, u + 1)) {
                if (u < at + e.length() && at < u + word.length()) {
                    return null;
                }
            }
        }
        return employer;
    }
}
