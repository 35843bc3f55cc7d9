package org.xinsheng.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.RawHttp;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a proxy forwarding to 127.0.0.1 delivers: a loopback Host with the browser's Origin. It must file. */
@MicronautTest(transactional = false)
class ForeignOriginTest {

    @Inject
    EmbeddedServer server;

    @Test
    void aBrowserPostWithALoopbackHostFiles() throws IOException {
        RawHttp.Answer answer = RawHttp.send(server.getPort(), RawHttp.browserPost("/api/v1/complaints",
                "127.0.0.1:" + server.getPort(), "https://xinsheng.example.org", NginxProxyTest.COMPLAINT));

        assertEquals(201, answer.status(), answer.body());
    }
}
