package org.xinsheng.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the database unreachable, the API answers 503 with the error shape quickly instead of hanging. */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.url", value = "jdbc:mysql://127.0.0.1:9/unreachable?connectTimeout=500")
@Property(name = "datasources.default.connection-timeout", value = "1000")
@Property(name = "datasources.default.initialization-fail-timeout", value = "-1")
@Property(name = "flyway.datasources.default.enabled", value = "false")
@Property(name = "xinsheng.demo", value = "false")
class DatabaseDownTest {

    @Inject
    Api api;

    @Test
    void filingAndTrackingAnswer503WhileTheDatabaseIsDown() {
        Instant start = Instant.now();

        Api.Reply filing = api.file("{\"text\":\"老板欠薪\",\"phone\":\"13800138000\"}");
        Api.Reply tracking = api.get("/api/v1/complaints/23456789ABCDU");

        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "answered without hanging");
        for (Api.Reply reply : new Api.Reply[]{filing, tracking}) {
            assertEquals(503, reply.status(), reply.body());
            assertEquals("database_unavailable", reply.json().get("error").getStringValue());
        }
    }
}
