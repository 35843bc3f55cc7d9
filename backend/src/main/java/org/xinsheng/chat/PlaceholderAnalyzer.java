package org.xinsheng.chat;

import jakarta.inject.Singleton;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.nlp.LanguageDetector;

/** Until the NLP analyzer lands: language only, everything else left for the dialogue to ask. */
@Singleton
public class PlaceholderAnalyzer implements TextAnalyzer {

    @Override
    public Analysis analyze(String text) {
        return new Analysis(LanguageDetector.detect(text), true, "other", 0.0, null, null, null, null, false);
    }
}
