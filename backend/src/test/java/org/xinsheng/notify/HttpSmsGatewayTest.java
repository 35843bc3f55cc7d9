package org.xinsheng.notify;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The HTTP gateway against a stand-in gateway on a local port. */
class HttpSmsGatewayTest {

    HttpServer server;
    final AtomicReference<String> body = new AtomicReference<>();
    final AtomicReference<String> auth = new AtomicReference<>();
    final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            auth.set(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsTheMessageAsJsonAndTreatsAnythingButSuccessAsAFailure() throws Exception {
        JsonMapper json = JsonMapper.createDefault();
        HttpSmsGateway gateway = new HttpSmsGateway("http://127.0.0.1:" + server.getAddress().getPort() + "/sms",
                "secret-token", json);
        gateway.send(new Sms(42, "13812345678", "【薪声】查询码 ABCD"));
        JsonNode sent = json.readValue(body.get(), JsonNode.class);
        assertEquals(42, sent.get("id").getLongValue());
        assertEquals("13812345678", sent.get("to").getStringValue());
        assertEquals("【薪声】查询码 ABCD", sent.get("text").getStringValue());
        assertEquals("Bearer secret-token", auth.get());
        status.set(503);
        SmsGateway.SmsException e = assertThrows(SmsGateway.SmsException.class,
                () -> gateway.send(new Sms(43, "13812345678", "x")));
        assertEquals("gateway answered 503", e.getMessage());
    }
}
