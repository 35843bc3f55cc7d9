package org.xinsheng.nlp;

/** One analyzer for all plain unit tests: loading the models once keeps the suite fast. */
public final class SharedAnalyzer {

    private static Analyzer instance;

    private SharedAnalyzer() {
    }

    public static synchronized Analyzer get() {
        if (instance == null) {
            instance = new Analyzer();
        }
        return instance;
    }
}
