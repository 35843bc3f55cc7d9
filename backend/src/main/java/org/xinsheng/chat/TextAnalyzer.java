package org.xinsheng.chat;

import org.xinsheng.nlp.Analysis;

/** The chat's view of the NLP analyzer, so that dialogue tests can also run against a fixed reading. */
public interface TextAnalyzer {

    Analysis analyze(String text);
}
