package org.xinsheng.ratelimit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import org.xinsheng.support.Api;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test helper: the public calls that rate limits count, made as one client. The tests reach the server from
 * loopback; test classes that trust it as a proxy (xinsheng.rate-limit.trusted-proxies) let X-Forwarded-For name the
 * client, so each test can be a new one.
 */
final class Callers {

    static final String COMPLAINT = "{\"text\":\"郎木寺镇工地老板欠我们工资\",\"phone\":\"13800138000\"}";
    static final byte[] PNG = org.xinsheng.evidence.TestImages.encode(org.xinsheng.evidence.TestImages.picture(8, 8), "png");

    private final Api api;
    private final String address;
    @Nullable
    private final String token;

    private Callers(Api api, String address, @Nullable String token) {
        this.api = api;
        this.address = address;
        this.token = token;
    }

    /** A client with an address of its own (10.x.y.z, never used twice in practice). */
    static Callers newClient(Api api) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return at(api, "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254)));
    }

    static Callers at(Api api, String address) {
        return new Callers(api, address, null);
    }

    /** The same client sending a bearer token with each call. */
    Callers withToken(String bearer) {
        return new Callers(api, address, bearer);
    }

    String address() {
        return address;
    }

    Api.Reply file() {
        return send(HttpRequest.POST("/api/v1/complaints", COMPLAINT).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotency-Key", UUID.randomUUID().toString()));
    }

    Api.Reply track(String code) {
        return send(HttpRequest.GET("/api/v1/complaints/" + code));
    }

    Api.Reply rate(String code) {
        return send(HttpRequest.POST("/api/v1/complaints/" + code + "/rating", "{\"score\":5}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    Api.Reply addPhoto(String code) {
        MultipartBody body = MultipartBody.builder().addPart("photo", "a.png", MediaType.IMAGE_PNG_TYPE, PNG).build();
        return send(HttpRequest.POST("/api/v1/complaints/" + code + "/evidence", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    Api.Reply analyse(String text) {
        return send(HttpRequest.POST("/api/v1/analysis", "{\"text\":\"" + text + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    Api.Reply startChat() {
        return send(HttpRequest.POST("/api/v1/chat/sessions", "{\"language\":\"zh\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    Api.Reply say(String sessionId, String text) {
        return send(HttpRequest.POST("/api/v1/chat/sessions/" + sessionId + "/messages", "{\"text\":\"" + text + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    Api.Reply resumeChat(String sessionId) {
        return send(HttpRequest.GET("/api/v1/chat/sessions/" + sessionId));
    }

    private Api.Reply send(MutableHttpRequest<?> request) {
        request.header("X-Forwarded-For", address);
        if (token != null) {
            request.bearerAuth(token);
        }
        return api.send(request);
    }

    /** The answer is the rate limit's: 429, Retry-After in whole seconds within the window, the error shape. */
    static long assertLimited(Api.Reply reply, Duration window) {
        assertEquals(429, reply.status(), reply.body());
        assertEquals("rate_limited", reply.json().get("error").getStringValue());
        assertTrue(reply.json().get("message").getStringValue().contains("try again"), reply.body());
        assertTrue(reply.json().get("fields").isObject() && reply.json().get("fields").size() == 0, reply.body());
        String retryAfter = reply.header("Retry-After");
        assertTrue(retryAfter != null && retryAfter.matches("[1-9][0-9]*"), "Retry-After " + retryAfter);
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds <= window.toSeconds(), "Retry-After " + seconds + " beyond the window " + window);
        return seconds;
    }

    /** Waits, if need be, for a new window, so that the next `needed` fall within one window. */
    static void awaitWindowWithAtLeast(Duration window, Duration needed) {
        long w = window.toMillis();
        long left = w - Math.floorMod(System.currentTimeMillis(), w);
        if (left < needed.toMillis()) {
            sleep(left + 20);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
