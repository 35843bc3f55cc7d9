package org.xinsheng.db;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes started at the same moment on an empty schema of their own both come up: one migrates, the other waits
 * for it; every migration is applied once.
 */
class SchemaAtStartTest {

    @Test
    void twoNodesStartedTogetherOnAnEmptySchemaBothComeUp() throws Exception {
        String name = "xinsheng_schema_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        boolean mariadb = TestDatabase.kind().equals("mariadb");
        String server = System.getProperty("xinsheng.test.mariadb.url", "jdbc:mysql://127.0.0.1:3306/");
        String url = mariadb ? server + name : "jdbc:h2:file:" + Path.of("target", "test-data", name).toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        String user = mariadb ? "root" : "sa";
        if (mariadb) {
            execute(server, user, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Map<String, Object> config = new HashMap<>();
        config.put("micronaut.server.port", -1);
        config.put("datasources.default.url", url);
        config.put("datasources.default.username", user);
        config.put("datasources.default.password", "");
        CountDownLatch together = new CountDownLatch(2);
        List<CompletableFuture<EmbeddedServer>> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                nodes.add(CompletableFuture.supplyAsync(() -> {
                    together.countDown();
                    try {
                        together.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return ApplicationContext.run(EmbeddedServer.class, config, "test");
                }));
            }
            for (CompletableFuture<EmbeddedServer> node : nodes) {
                assertTrue(node.get().isRunning());
            }
            try (Connection c = DriverManager.getConnection(url, user, "");
                 Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version), MIN(success)"
                        + " FROM flyway_schema_history WHERE version > '0'")) {
                    r.next();
                    assertEquals(r.getInt(1), r.getInt(2), "each migration applied once");
                    assertEquals(migrations(), r.getLong(1), "every migration applied");
                    assertTrue(r.getBoolean(3), "all succeeded");
                }
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE LOWER(table_name) = '" + SchemaMigrations.CLAIM + "'")) {
                    r.next();
                    assertEquals(0, r.getInt(1), "the claim is released");
                }
            }
        } finally {
            for (CompletableFuture<EmbeddedServer> node : nodes) {
                if (!node.isCompletedExceptionally() && node.isDone()) {
                    node.get().close();
                }
            }
            if (mariadb) {
                execute(server, user, "DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    private static long migrations() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
