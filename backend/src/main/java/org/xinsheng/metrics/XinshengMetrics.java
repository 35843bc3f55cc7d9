package org.xinsheng.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * The application's own meters. Labels take only values from small fixed sets (channel, language, bucket, caller),
 * never a tracking code, name, phone or address.
 */
@Singleton
public class XinshengMetrics {

    private final MeterRegistry registry;

    public XinshengMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A complaint committed (replays of an Idempotency-Key are not counted again). */
    public void filed(String channel, String language) {
        Counter.builder("xinsheng.complaints.filed").description("Complaints filed, by channel and language")
                .tag("channel", channel).tag("language", language == null ? "unknown" : language)
                .register(registry).increment();
    }

    /** Times one analysis; caller is filing, analysis (the form's live reading) or chat. */
    public <T> T analyzed(String caller, Supplier<T> analysis) {
        return Timer.builder("xinsheng.analyzer.time").description("Time the analyzer takes to read one text")
                .tag("caller", caller).register(registry).record(analysis);
    }

    public void chatTurn(String language) {
        Counter.builder("xinsheng.chat.turns").description("Worker messages answered by the guided chat")
                .tag("language", language == null ? "unknown" : language).register(registry).increment();
    }

    public void rateLimited(String bucket) {
        Counter.builder("xinsheng.ratelimit.refused").description("Anonymous calls refused with 429, by bucket")
                .tag("bucket", bucket).register(registry).increment();
    }
}
