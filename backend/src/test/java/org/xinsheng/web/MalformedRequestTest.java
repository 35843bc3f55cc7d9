package org.xinsheng.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.RawHttp;
import org.xinsheng.support.RawHttp.Answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests the server cannot read: each gets its own status, the error shape with a message that does not blame the
 * JSON, and the security headers. Sent over a raw socket, since HTTP clients refuse to send such requests.
 */
@MicronautTest(transactional = false)
class MalformedRequestTest {

    @Inject
    EmbeddedServer server;

    @Test
    void aGzipHeaderOnAPlainBodyIs400() throws IOException {
        String body = "{\"text\":\"老板欠薪\",\"phone\":\"13800138000\"}";
        Answer answer = send("POST /api/v1/complaints HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Encoding: gzip\r\nIdempotency-Key: gzip-" + System.nanoTime() + "\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);

        assertEquals(400, answer.status(), answer.body());
        assertShaped(answer, "bad_encoding");
    }

    @Test
    void aControlByteInAHeaderIs400() throws IOException {
        Answer answer = send("GET /api/v1/complaints/23456789ABCDU HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0001b\r\n"
                + "Connection: close\r\n\r\n");

        assertEquals(400, answer.status(), answer.body());
        assertShaped(answer, "bad_request");
    }

    @Test
    void aLongAddressIs414() throws IOException {
        Answer answer = send("GET /api/v1/complaints/" + "A".repeat(8 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        assertEquals(414, answer.status(), answer.body());
        assertShaped(answer, "uri_too_long");
    }

    @Test
    void largeHeadersAre431() throws IOException {
        Answer answer = send("GET /api/v1/complaints/23456789ABCDU HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "b".repeat(9 * 1024) + "\r\nConnection: close\r\n\r\n");

        assertEquals(431, answer.status(), answer.body());
        assertShaped(answer, "headers_too_large");
    }

    private static void assertShaped(Answer answer, String error) {
        assertTrue(answer.body().contains("\"error\":\"" + error + "\""), answer.body());
        assertTrue(answer.body().contains("\"fields\":{}"), answer.body());
        assertFalse(answer.body().toLowerCase(Locale.ROOT).contains("json"), "blames the JSON: " + answer.body());
        assertEquals("nosniff", answer.headers().get("x-content-type-options"), "security headers: " + answer.headers());
        assertEquals("DENY", answer.headers().get("x-frame-options"), "security headers: " + answer.headers());
        assertTrue(answer.headers().getOrDefault("content-security-policy", "").contains("frame-ancestors 'none'"),
                "security headers: " + answer.headers());
    }

    private Answer send(String request) throws IOException {
        return RawHttp.send(server.getPort(), request);
    }
}
