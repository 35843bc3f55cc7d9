package org.xinsheng.web;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A connection the database or the pool has closed means the database is unreachable for this request: 503
 * database_unavailable with Retry-After, so clients retry under the same Idempotency-Key, not a 500.
 */
class DeadConnectionTest {

    @Test
    void aClosedConnectionAnswers503() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "xinsheng.test.dead-connection", true), "test");
             HttpClient http = HttpClient.create(server.getURL())) {
            Api api = new Api(http.toBlocking(), server.getApplicationContext().getBean(JsonMapper.class));

            assertUnavailable(api.get("/api/v1/test-dead-connection"));
        }
    }

    @Test
    void aClosedPoolAnswers503() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1), "test");
             HttpClient http = HttpClient.create(server.getURL())) {
            Api api = new Api(http.toBlocking(), server.getApplicationContext().getBean(JsonMapper.class));
            ApplicationContext context = server.getApplicationContext();
            DataSource dataSource = context.getBean(DataSource.class);
            ((HikariDataSource) context.getBean(DataSourceResolver.class).resolve(dataSource)).close();

            assertUnavailable(api.file("{\"text\":\"郎木寺镇工地老板欠我工资\",\"phone\":\"13800138000\"}"));
            assertUnavailable(api.get("/api/v1/complaints/23456789ABCDU"));
        }
    }

    @Test
    void sqlStateClass08IsTheDatabaseBeingUnreachable() {
        assertTrue(UnexpectedErrorHandler.databaseUnreachable(
                new RuntimeException(new SQLException("Connection is closed", "08003"))));
        assertTrue(UnexpectedErrorHandler.databaseUnreachable(new SQLException("Communication link failure", "08S01")));
        assertEquals(false, UnexpectedErrorHandler.databaseUnreachable(
                new RuntimeException(new SQLException("Duplicate entry", "23000"))));
        assertEquals(false, UnexpectedErrorHandler.databaseUnreachable(new IllegalStateException("no SQL at all")));
    }

    private static void assertUnavailable(Api.Reply reply) {
        assertEquals(503, reply.status(), reply.body());
        assertEquals("database_unavailable", reply.json().get("error").getStringValue());
        assertNotNull(reply.header("Retry-After"), "Retry-After");
    }
}
