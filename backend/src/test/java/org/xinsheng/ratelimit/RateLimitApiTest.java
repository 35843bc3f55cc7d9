package org.xinsheng.ratelimit;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinsheng.ratelimit.Callers.assertLimited;

/** Small limits (3 per bucket and hour) to watch them bite, per client, and not bite staff. */
@MicronautTest(transactional = false)
@Property(name = "xinsheng.rate-limit.trusted-proxies", value = "127.0.0.1,::1")
@Property(name = "xinsheng.rate-limit.filing", value = "3")
@Property(name = "xinsheng.rate-limit.chat", value = "3")
@Property(name = "xinsheng.rate-limit.tracking", value = "3")
@Property(name = "xinsheng.rate-limit.analysis", value = "3")
@Property(name = "xinsheng.rate-limit.window", value = "1h")
class RateLimitApiTest {

    static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;

    String code;

    @BeforeEach
    void aComplaintFiledByTheHotline() {
        Callers.awaitWindowWithAtLeast(WINDOW, Duration.ofSeconds(30));
        code = Api.code(Callers.newClient(api).withToken(staff.token("hotline", null)).file());
    }

    @Test
    void theFourthFilingFromOneAddressIs429WithRetryAfterAndTheErrorShape() {
        Callers worker = Callers.newClient(api);
        for (int i = 0; i < 3; i++) {
            assertEquals(201, worker.file().status());
        }

        Api.Reply fourth = worker.file();

        assertLimited(fourth, WINDOW);
        assertNotNull(fourth.header("Content-Security-Policy"), "the security headers reach a 429 too");
        assertLimited(worker.file(), WINDOW);
    }

    @Test
    void theFourthAnalysisOfADraftIs429AndStaffAreNotLimited() {
        Callers worker = Callers.newClient(api);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, worker.analyse("老板欠我三万五").status());
        }

        assertLimited(worker.analyse("老板欠我三万五"), WINDOW);
        assertEquals(201, worker.file().status(), "filing is a bucket of its own");
        Callers hotline = Callers.newClient(api).withToken(staff.token("hotline", null));
        for (int i = 0; i < 5; i++) {
            assertEquals(200, hotline.analyse("老板欠我三万五").status(), "the hotline console reads as it types");
        }
    }

    @Test
    void theFourthLookupOfATrackingCodeIs429() {
        Callers tracker = Callers.newClient(api);
        assertEquals(200, tracker.track(code).status());
        assertEquals(404, tracker.track(TrackingCodes.generate()).status(), "unknown codes count as lookups too");
        assertEquals(200, tracker.track(code).status());

        assertLimited(tracker.track(code), WINDOW);
        assertEquals(201, tracker.file().status(), "filing is a bucket of its own");
    }

    @Test
    void ratingAndPhotosCountAsFilingAndAsLookups() {
        Callers worker = Callers.newClient(api);
        assertEquals(409, worker.rate(code).status(), "not resolved yet, but counted");
        assertEquals(201, worker.addPhoto(code).status());
        assertEquals(200, worker.track(code).status()); // filing 2, tracking 3

        assertLimited(worker.track(code), WINDOW);
        assertLimited(worker.rate(code), WINDOW); // refused by tracking: filing is not charged
        assertEquals(201, worker.file().status());
        assertLimited(worker.file(), WINDOW);
    }

    @Test
    void chatTurnsHaveTheirOwnBucket() {
        Callers worker = Callers.newClient(api);
        Api.Reply started = worker.startChat();
        assertEquals(201, started.status(), started.body());
        String session = started.json().get("sessionId").getStringValue();
        assertEquals(200, worker.say(session, "老板欠我工资").status());
        assertEquals(200, worker.resumeChat(session).status());

        assertLimited(worker.say(session, "13800138000"), WINDOW);
        assertLimited(worker.startChat(), WINDOW);
        assertEquals(201, worker.file().status(), "the chat bucket is not the filing bucket");
    }

    @Test
    void manyLookupsAtOnceAdmitExactlyTheLimit() throws Exception {
        Callers tracker = Callers.newClient(api);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                answers.add(pool.submit(() -> tracker.track(code).status()));
            }
            int ok = 0;
            int limited = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                ok += status == 200 ? 1 : 0;
                limited += status == 429 ? 1 : 0;
            }
            assertEquals(3, ok, "admitted");
            assertEquals(21, limited, "refused");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherAddressIsNotAffected() {
        Callers first = Callers.newClient(api);
        for (int i = 0; i < 3; i++) {
            first.file();
            first.track(code);
        }
        assertLimited(first.file(), WINDOW);
        assertLimited(first.track(code), WINDOW);

        Callers second = Callers.newClient(api);
        assertEquals(201, second.file().status());
        assertEquals(200, second.track(code).status());
    }

    @Test
    void staffWithAValidTokenAreNotLimitedNorCounted() {
        Callers hotline = Callers.newClient(api).withToken(staff.token("hotline", null));
        for (int i = 0; i < 8; i++) {
            assertEquals(201, hotline.file().status());
            assertEquals(200, hotline.track(code).status());
        }

        Callers sameAddressWithoutToken = Callers.at(api, hotline.address());
        for (int i = 0; i < 3; i++) {
            assertEquals(201, sameAddressWithoutToken.file().status(), "staff calls were not counted");
        }
        assertLimited(sameAddressWithoutToken.file(), WINDOW);
    }

    @Test
    void anInvalidTokenIsCountedLikeNoToken() {
        // Signed with another key, and not a token at all: security treats both callers as anonymous.
        String forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbImFkbWluIl19."
                + "c2lnbmVkLXdpdGgtYW5vdGhlci1rZXktMDEyMzQ1Njc4OQ";
        for (String token : new String[]{forged, "not-a-token"}) {
            Callers caller = Callers.newClient(api).withToken(token);
            for (int i = 0; i < 3; i++) {
                assertEquals(200, caller.track(code).status());
            }
            assertLimited(caller.track(code), WINDOW);
            assertTrue(caller.file().status() == 201, "filing still has room");
        }
    }
}
