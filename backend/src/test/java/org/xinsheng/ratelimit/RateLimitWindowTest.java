package org.xinsheng.ratelimit;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.time.Duration;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinsheng.ratelimit.Callers.assertLimited;

/** A client refused in one window is served again in the next, after the Retry-After it was given. */
@MicronautTest(transactional = false)
@Property(name = "xinsheng.rate-limit.trusted-proxies", value = "127.0.0.1,::1")
@Property(name = "xinsheng.rate-limit.filing", value = "2")
@Property(name = "xinsheng.rate-limit.tracking", value = "2")
@Property(name = "xinsheng.rate-limit.window", value = "3s")
class RateLimitWindowTest {

    static final Duration WINDOW = Duration.ofSeconds(3);

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;

    record Refused(Callers client, long retryAfter) {
    }

    /**
     * A new client makes three calls from the start of a window: two pass, the third is refused. On a machine so
     * busy that the calls spill into the next window the attempt says nothing, and it is made again.
     */
    Refused refusedThirdCall(Function<Callers, Api.Reply> call, int ok) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Callers client = Callers.newClient(api);
            Callers.awaitWindowWithAtLeast(WINDOW, WINDOW);
            long start = System.currentTimeMillis();
            Api.Reply first = call.apply(client);
            Api.Reply second = call.apply(client);
            Api.Reply third = call.apply(client);
            if (window(start) != window(System.currentTimeMillis())) {
                continue;
            }
            assertEquals(ok, first.status(), first.body());
            assertEquals(ok, second.status(), second.body());
            return new Refused(client, assertLimited(third, WINDOW));
        }
        throw new AssertionError("three calls never fitted in one " + WINDOW + " window");
    }

    static long window(long millis) {
        return Math.floorDiv(millis, WINDOW.toMillis());
    }

    @Test
    void filingOpensAgainWhenTheWindowRollsOver() {
        Callers.newClient(api).withToken(staff.token("hotline", null)).file(); // warms up filing, uncounted
        Refused refused = refusedThirdCall(Callers::file, 201);

        Callers.sleep(refused.retryAfter() * 1000 + 100);

        assertEquals(201, refused.client().file().status());
    }

    @Test
    void trackingOpensAgainWhenTheWindowRollsOver() {
        String code = Api.code(Callers.newClient(api).withToken(staff.token("hotline", null)).file());
        Refused refused = refusedThirdCall(c -> c.track(code), 200);

        Callers.sleep(refused.retryAfter() * 1000 + 100);

        assertEquals(200, refused.client().track(code).status());
    }
}
