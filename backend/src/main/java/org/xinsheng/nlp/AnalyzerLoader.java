package org.xinsheng.nlp;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Provider;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

/**
 * Loads the analyzer's models on a thread of its own as soon as the application context starts, so model loading
 * overlaps the database migrations and the rest of start-up instead of following them; {@code /health} answers DOWN
 * (503) until the models are loaded, so a load balancer sends no complaint to a node that would make it wait.
 */
@Context
@Requires(notEnv = "test")
public class AnalyzerLoader implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyzerLoader.class);

    private final CompletableFuture<Void> loaded;

    public AnalyzerLoader(Provider<Analyzer> analyzer) {
        loaded = CompletableFuture.runAsync(() -> {
            long start = System.nanoTime();
            analyzer.get().analyze("郎木寺镇包工头欠我三万五"); // HanLP reads its dictionaries on the first analysis
            LOG.info("analyzer models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        }, task -> {
            Thread thread = new Thread(task, "analyzer-loader");
            thread.setDaemon(true);
            thread.start();
        });
        loaded.exceptionally(e -> {
            LOG.error("the analyzer's models could not be loaded", e);
            return null;
        });
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean ready = loaded.isDone() && !loaded.isCompletedExceptionally();
        return Publishers.just(HealthResult.builder("analyzer", ready ? HealthStatus.UP : HealthStatus.DOWN).build());
    }
}
