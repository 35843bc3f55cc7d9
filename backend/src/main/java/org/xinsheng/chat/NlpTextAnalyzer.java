package org.xinsheng.chat;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.xinsheng.metrics.XinshengMetrics;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.nlp.Analyzer;

/** The chat reads stories and free answers with the NLP analyzer. */
@Singleton
public class NlpTextAnalyzer implements TextAnalyzer {

    private final Analyzer analyzer;
    @Inject // metrics only; kept out of the constructor
    XinshengMetrics metrics;

    public NlpTextAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public Analysis analyze(String text) {
        return metrics.analyzed("chat", () -> analyzer.analyze(text));
    }
}
