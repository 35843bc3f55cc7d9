package org.xinsheng.ratelimit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinsheng.staff.StaffService;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinsheng.ratelimit.Callers.assertLimited;

/**
 * Two application instances on one database share each client's count: what one node admitted is known to the other
 * after a sync (every 200 ms here), so together they admit the limit, not twice the limit.
 */
class RateLimitTwoInstancesTest {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int LIMIT = 4;

    static EmbeddedServer a;
    static EmbeddedServer b;
    static HttpClient clientA;
    static HttpClient clientB;
    static Api onA;
    static Api onB;

    @BeforeAll
    static void startTwoNodes() {
        Map<String, Object> config = Map.of(
                "micronaut.server.port", -1,
                "xinsheng.rate-limit.filing", LIMIT,
                "xinsheng.rate-limit.tracking", LIMIT,
                "xinsheng.rate-limit.window", "1h",
                "xinsheng.rate-limit.sync-interval", "200ms",
                "xinsheng.rate-limit.trusted-proxies", "127.0.0.1,::1");
        a = ApplicationContext.run(EmbeddedServer.class, config, "test");
        b = ApplicationContext.run(EmbeddedServer.class, config, "test");
        clientA = HttpClient.create(a.getURL());
        clientB = HttpClient.create(b.getURL());
        JsonMapper json = a.getApplicationContext().getBean(JsonMapper.class);
        onA = new Api(clientA.toBlocking(), json);
        onB = new Api(clientB.toBlocking(), json);
    }

    @AfterAll
    static void stopThem() {
        for (AutoCloseable c : List.<AutoCloseable>of(clientA, clientB, a, b)) {
            try {
                c.close();
            } catch (Exception e) {
                // closing anyway
            }
        }
    }

    @BeforeEach
    void roomInTheWindow() {
        Callers.awaitWindowWithAtLeast(WINDOW, Duration.ofSeconds(30));
    }

    /** Waits until both nodes have finished two more syncs: whatever was admitted before is written and read back. */
    static void bothNodesSynced() {
        RateLimitSync syncA = a.getApplicationContext().getBean(RateLimitSync.class);
        RateLimitSync syncB = b.getApplicationContext().getBean(RateLimitSync.class);
        long untilA = syncA.runs() + 2;
        long untilB = syncB.runs() + 2;
        long deadline = System.currentTimeMillis() + 30_000;
        while (syncA.runs() < untilA || syncB.runs() < untilB) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the rate-limit syncs did not run");
            }
            Callers.sleep(20);
        }
    }

    /** One client calls A, then B, then both: together they admit LIMIT calls. */
    static void sharedBetweenNodes(String bucket, Function<Callers, Api.Reply> call, int ok) {
        String address = Callers.newClient(onA).address();
        Callers viaA = Callers.at(onA, address);
        Callers viaB = Callers.at(onB, address);
        for (int i = 0; i < LIMIT - 1; i++) {
            assertEquals(ok, call.apply(viaA).status(), bucket + " on A");
        }
        bothNodesSynced();

        assertEquals(ok, call.apply(viaB).status(), bucket + ": B has room for one more");
        bothNodesSynced();

        assertLimited(call.apply(viaB), WINDOW);
        assertLimited(call.apply(viaA), WINDOW);
        long windowStart = System.currentTimeMillis() - Math.floorMod(System.currentTimeMillis(), WINDOW.toMillis());
        List<RateLimitRepository.Total> totals = a.getApplicationContext().getBean(RateLimitRepository.class)
                .totals(windowStart, windowStart + WINDOW.toMillis(), List.of(address));
        assertEquals(1, totals.size(), totals.toString());
        assertEquals(bucket, totals.get(0).bucket());
        assertEquals(LIMIT, totals.get(0).hits(), "the database holds the count of both nodes");
    }

    @Test
    void twoNodesShareTheFilingCount() {
        sharedBetweenNodes("filing", Callers::file, 201);
    }

    @Test
    void twoNodesShareTheTrackingCount() {
        StaffFixtures staff = new StaffFixtures(a.getApplicationContext().getBean(StaffService.class), onA);
        String code = Api.code(Callers.newClient(onA).withToken(staff.token("hotline", null)).file());
        sharedBetweenNodes("tracking", c -> c.track(code), 200);
    }
}
