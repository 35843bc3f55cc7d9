package org.xinsheng.nlp;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the analyzer's models when the server starts, so the first complaint is not the one that waits. */
@Singleton
@Requires(notEnv = "test")
public class AnalyzerLoader {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyzerLoader.class);

    private final jakarta.inject.Provider<Analyzer> analyzer;

    public AnalyzerLoader(jakarta.inject.Provider<Analyzer> analyzer) {
        this.analyzer = analyzer;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        long start = System.nanoTime();
        analyzer.get().analyze("郎木寺镇包工头欠我三万五"); // HanLP reads its dictionaries on the first analysis
        LOG.info("analyzer models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
