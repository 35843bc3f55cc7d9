package org.xinsheng.db;

import io.micronaut.context.annotation.Property;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A filing whose transaction loses a deadlock or a Galera certification conflict (1213 / 40001) halfway is run again
 * whole: answered 201 once, stored once, one SMS.
 */
@MicronautTest(transactional = false)
@Property(name = "test.conflict-once", value = "true")
@Property(name = "xinsheng.db.conflict-retries", value = "3")
class ConflictRetryTest {

    @Inject
    Api api;
    @Inject
    ConflictOnceEmployerLinks links;
    @Inject
    DataSource dataSource;
    @Inject
    DataSourceResolver resolver;

    @Test
    void aFilingThatLosesAConflictIsFiledOnce() throws SQLException {
        String text = "郎木寺镇工地老板欠我工资三万五 " + ConflictOnceEmployerLinks.MARK + " " + UUID.randomUUID();
        String body = "{\"text\":\"" + text + "\",\"phone\":\"13800138000\"}";
        String key = UUID.randomUUID().toString();
        int before = links.calls.get();

        Api.Reply first = api.postJson("/api/v1/complaints", body, key);

        assertEquals(201, first.status(), first.body());
        assertEquals(2, links.calls.get() - before, "the transaction ran again after the conflict");
        assertEquals(1, count("SELECT COUNT(*) FROM complaint WHERE story = ?", text));
        assertEquals(1, count("SELECT COUNT(*) FROM notification_outbox o JOIN complaint c ON c.id = o.complaint_id"
                + " WHERE c.story = ?", text));
        assertEquals(1, count("SELECT COUNT(*) FROM idempotency_key WHERE idem_key = ?", key));

        Api.Reply again = api.postJson("/api/v1/complaints", body, key);
        assertEquals(201, again.status(), again.body());
        assertEquals(first.body(), again.body(), "a retry with the key is answered as the first time");
        assertEquals(1, count("SELECT COUNT(*) FROM complaint WHERE story = ?", text));
    }

    @Test
    void aFilingThatKeepsLosingIsAnswered503AndNotStored() throws SQLException {
        String text = "郎木寺镇工地老板欠我工资三万五 " + ConflictOnceEmployerLinks.ALWAYS + " " + UUID.randomUUID();
        int before = links.calls.get();

        Api.Reply reply = api.postJson("/api/v1/complaints", "{\"text\":\"" + text + "\",\"phone\":\"13800138000\"}",
                UUID.randomUUID().toString());

        assertEquals(503, reply.status(), reply.body());
        assertEquals("database_busy", reply.json().get("error").getStringValue());
        assertEquals("1", reply.header("Retry-After"));
        assertEquals(4, links.calls.get() - before, "the first run and three more");
        assertEquals(0, count("SELECT COUNT(*) FROM complaint WHERE story = ?", text));
    }

    @Test
    void otherDatabaseErrorsAreNotConflicts() {
        assertEquals(true, WriteConflicts.isConflict(new RuntimeException(
                new java.sql.SQLTransactionRollbackException("Deadlock", "40001", 1213))));
        assertEquals(true, WriteConflicts.isConflict(new java.sql.SQLException("Deadlock", "40001", 40001)));
        assertEquals(false, WriteConflicts.isConflict(new RuntimeException(
                new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertEquals(false, WriteConflicts.isConflict(new java.sql.SQLException("Lost connection", "08S01", 2013)));
    }

    private long count(String sql, String value) throws SQLException {
        try (Connection c = resolver.resolve(dataSource).getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
