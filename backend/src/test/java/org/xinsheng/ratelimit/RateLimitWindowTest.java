package org.xinsheng.ratelimit;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinsheng.ratelimit.Callers.assertLimited;

/** A client refused in one window is served again in the next, after the Retry-After it was given. */
@MicronautTest(transactional = false)
@Property(name = "xinsheng.rate-limit.filing", value = "2")
@Property(name = "xinsheng.rate-limit.tracking", value = "2")
@Property(name = "xinsheng.rate-limit.window", value = "3s")
class RateLimitWindowTest {

    static final Duration WINDOW = Duration.ofSeconds(3);

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;

    @Test
    void filingOpensAgainWhenTheWindowRollsOver() {
        Callers worker = Callers.newClient(api);
        worker.withToken(staff.token("hotline", null)).file(); // warms up filing, uncounted
        Callers.awaitWindowWithAtLeast(WINDOW, WINDOW);
        assertEquals(201, worker.file().status());
        assertEquals(201, worker.file().status());
        long retryAfter = assertLimited(worker.file(), WINDOW);

        Callers.sleep(retryAfter * 1000 + 100);

        assertEquals(201, worker.file().status());
    }

    @Test
    void trackingOpensAgainWhenTheWindowRollsOver() {
        Callers tracker = Callers.newClient(api);
        String code = Api.code(tracker.withToken(staff.token("hotline", null)).file());
        Callers.awaitWindowWithAtLeast(WINDOW, WINDOW);
        assertEquals(200, tracker.track(code).status());
        assertEquals(200, tracker.track(code).status());
        long retryAfter = assertLimited(tracker.track(code), WINDOW);

        Callers.sleep(retryAfter * 1000 + 100);

        assertEquals(200, tracker.track(code).status());
        assertEquals(200, tracker.track(code).status());
        assertLimited(tracker.track(code), WINDOW);
    }
}
