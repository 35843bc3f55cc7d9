package org.xinsheng.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.RawHttp;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With Micronaut's origin check on, its 403 (given by a filter, without a body) still has the error shape. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.cors.localhost-pass-through", value = "false")
class OriginCheckErrorShapeTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theOriginChecks403HasTheErrorShape() throws IOException {
        RawHttp.Answer answer = RawHttp.send(server.getPort(), RawHttp.browserPost("/api/v1/complaints",
                "127.0.0.1:" + server.getPort(), "https://xinsheng.example.org", NginxProxyTest.COMPLAINT));

        assertEquals(403, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"error\":\"forbidden\""), answer.body());
        assertTrue(answer.body().contains("\"fields\":{}"), answer.body());
        assertEquals("DENY", answer.headers().get("x-frame-options"));
    }
}
