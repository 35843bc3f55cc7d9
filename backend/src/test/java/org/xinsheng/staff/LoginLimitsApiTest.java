package org.xinsheng.staff;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Login attempts are limited per client address (12 an hour here), and a user name is locked (after 3 failures
 * here) only for the address that failed on it. Loopback is made a trusted proxy so X-Forwarded-For names the client.
 */
@MicronautTest(transactional = false)
@Property(name = "xinsheng.rate-limit.login", value = "12")
@Property(name = "xinsheng.rate-limit.window", value = "1h")
@Property(name = "xinsheng.rate-limit.trusted-proxies", value = "127.0.0.0/8")
@Property(name = "xinsheng.staff.max-failures", value = "3")
class LoginLimitsApiTest {

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;

    private static String newAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private Api.Reply login(String address, String username, String password) {
        return api.send(HttpRequest.POST("/api/v1/auth/login",
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).header("X-Forwarded-For", address));
    }

    private static long retryAfter(Api.Reply reply, Duration atMost) {
        String header = reply.header("Retry-After");
        assertTrue(header != null && header.matches("[1-9][0-9]*"), "Retry-After " + header + " on " + reply.body());
        long seconds = Long.parseLong(header);
        assertTrue(seconds <= atMost.toSeconds(), "Retry-After " + seconds);
        return seconds;
    }

    @Test
    void sprayingUserNamesFromOneAddressIsHeldAfterTheLimitWithRetryAfter() {
        long windowLeft = 3_600_000 - Math.floorMod(System.currentTimeMillis(), 3_600_000L);
        if (windowLeft < 30_000) {
            sleep(windowLeft + 20);
        }
        String sprayer = newAddress();
        for (int i = 0; i < 12; i++) {
            Api.Reply r = login(sprayer, "nobody-" + UUID.randomUUID().toString().substring(0, 8), "guess-guess-1");
            assertEquals(401, r.status(), r.body());
        }

        Api.Reply held = login(sprayer, "nobody-" + UUID.randomUUID().toString().substring(0, 8), "guess-guess-1");

        assertEquals(429, held.status(), held.body());
        assertEquals("rate_limited", held.json().get("error").getStringValue());
        retryAfter(held, Duration.ofHours(1));
        String username = staff.account("handler", "gahai");
        assertEquals(429, login(sprayer, username, StaffFixtures.PASSWORD).status(), "the address waits");
        assertEquals(200, login(newAddress(), username, StaffFixtures.PASSWORD).status(), "other addresses do not");
        String token = api.login(username, StaffFixtures.PASSWORD);
        Api.Reply withToken = api.send(HttpRequest.POST("/api/v1/auth/login",
                        "{\"username\":\"x-y-z\",\"password\":\"guess-guess-1\"}").contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("X-Forwarded-For", sprayer).bearerAuth(token));
        assertEquals(429, withToken.status(), "a token does not exempt login attempts");
    }

    @Test
    void failingOnPurposeLocksTheNameOnlyForTheFailingAddress() {
        String username = staff.account("supervisor", null);
        String attacker = newAddress();
        for (int i = 0; i < 3; i++) {
            assertEquals(401, login(attacker, username, "guess-guess-" + i).status());
        }

        Api.Reply locked = login(attacker, username, StaffFixtures.PASSWORD);
        Api.Reply owner = login(newAddress(), username, StaffFixtures.PASSWORD);

        assertEquals(429, locked.status(), locked.body());
        assertEquals("too_many_attempts", locked.json().get("error").getStringValue());
        long wait = retryAfter(locked, Duration.ofMinutes(15));
        assertTrue(wait > 14 * 60, "the lock lasts until the oldest failure leaves the window: " + wait);
        assertEquals(200, owner.status(), "the owner, from another address, logs in: " + owner.body());
        assertEquals(429, login(attacker, username, StaffFixtures.PASSWORD).status(),
                "the owner's login does not unlock the attacker's address");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
