package org.xinsheng.ratelimit;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinsheng.ratelimit.Callers.assertLimited;

/** By default no proxy is trusted: X-Forwarded-For changes nothing, even from loopback; a limit of 0 switches its bucket off. */
@MicronautTest(transactional = false)
@Property(name = "xinsheng.rate-limit.tracking", value = "2")
@Property(name = "xinsheng.rate-limit.chat", value = "0")
@Property(name = "xinsheng.rate-limit.window", value = "1h")
class RateLimitSettingsTest {

    static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    Api api;

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        Callers.awaitWindowWithAtLeast(WINDOW, Duration.ofSeconds(30));
        String code = "23456789ABCDU"; // well formed, unknown: 404, and counted

        assertEquals(404, Callers.newClient(api).track(code).status());
        assertEquals(404, Callers.newClient(api).track(code).status());

        assertLimited(Callers.newClient(api).track(code), WINDOW);
        assertLimited(api.get("/api/v1/complaints/" + code), WINDOW);
    }

    @Test
    void aLimitOfZeroSwitchesTheBucketOff() {
        Callers worker = Callers.newClient(api);
        for (int i = 0; i < 10; i++) {
            assertEquals(201, worker.startChat().status());
        }
    }
}
