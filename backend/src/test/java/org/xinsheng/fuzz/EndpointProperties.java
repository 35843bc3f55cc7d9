package org.xinsheng.fuzz;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.xinsheng.support.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Thousands of generated requests against the running server: 0 server errors, every refusal a 4xx with the shape. */
class EndpointProperties {

    private static EmbeddedServer server;
    private static HttpClient http;
    private static Api api;

    @BeforeContainer
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("xinsheng.demo", "false"), "test");
        http = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        api = new Api(http.toBlocking(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterContainer
    static void stop() {
        http.close();
        server.close();
    }

    @Property(tries = 1500)
    void filingAnswers201OrA4xxWithTheErrorShape(@ForAll("bodies") String body) {
        Api.Reply reply = api.send(HttpRequest.POST("/api/v1/complaints", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotency-Key", UUID.randomUUID().toString()));
        assertTrue(reply.status() == 201 || (reply.status() >= 400 && reply.status() < 500), reply.status() + " for " + body);
        if (reply.status() != 201) {
            assertErrorShape(reply);
        }
    }

    @Property(tries = 1500)
    void trackingAnswers200Or404(@ForAll("typedCodes") String typed) {
        Api.Reply reply = api.get("/api/v1/complaints/" + URLEncoder.encode(typed, StandardCharsets.UTF_8).replace("+", "%20"));
        assertTrue(reply.status() == 200 || reply.status() == 404 || reply.status() == 400, reply.status() + " for " + typed);
        if (reply.status() != 200) {
            assertErrorShape(reply);
        }
    }

    @Property(tries = 1000)
    void analysisAnswers200OrA4xxWithTheErrorShape(@ForAll("analysisBodies") String body) {
        Api.Reply reply = api.send(HttpRequest.POST("/api/v1/analysis", body).contentType(MediaType.APPLICATION_JSON_TYPE));
        assertTrue(reply.status() == 200 || (reply.status() >= 400 && reply.status() < 500), reply.status() + " for " + body);
        if (reply.status() != 200) {
            assertErrorShape(reply);
        } else {
            assertTrue(reply.json().get("language").isString(), reply.body());
        }
    }

    @Provide
    Arbitrary<String> analysisBodies() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> wellFormed = text.map(t -> "{\"text\":" + Bodies.quoted(t) + "}");
        Arbitrary<String> junk = Arbitraries.strings().all().ofMaxLength(60);
        return Arbitraries.oneOf(wellFormed, wellFormed, junk, Arbitraries.of("{}", "{\"text\":5}", "[]", "null",
                "{\"text\":null}", "{\"text\":\"" + "欠".repeat(200_000) + "\"}"));
    }

    private static void assertErrorShape(Api.Reply reply) {
        assertNotNull(reply.json(), reply.body());
        assertTrue(reply.json().get("error").isString(), reply.body());
        assertTrue(reply.json().get("message").isString(), reply.body());
        assertTrue(reply.json().get("fields").isObject(), reply.body());
        assertEquals(-1, reply.body().indexOf("Exception"), reply.body());
    }

    @Provide
    Arbitrary<String> bodies() {
        return Bodies.complaintBodies();
    }

    @Provide
    Arbitrary<String> typedCodes() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(1).ofMaxLength(60),
                Arbitraries.strings().withChars("23456789ABCDEFGHJKLMNPQRSTUVWXYZ-o0 ").ofLength(13));
    }
}
