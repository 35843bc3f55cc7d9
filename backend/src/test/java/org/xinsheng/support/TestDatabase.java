package org.xinsheng.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Gives each test run a database of its own before any application context starts: by default a fresh embedded H2
 * file database (MySQL mode) under target/; with -Dxinsheng.test.db=mariadb a new database on the MariaDB/MySQL
 * server at xinsheng.test.mariadb.url (user root, empty password unless set), dropped when the run ends.
 */
public class TestDatabase implements LauncherSessionListener {

    private String serverUrl;
    private String database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String name = "xinsheng_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if ("mariadb".equals(System.getProperty("xinsheng.test.db"))) {
            serverUrl = System.getProperty("xinsheng.test.mariadb.url", "jdbc:mysql://127.0.0.1:3306/");
            execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            database = name;
            System.setProperty("datasources.default.url", serverUrl + name);
            System.setProperty("datasources.default.username", user());
            System.setProperty("datasources.default.password", password());
        } else {
            Path file = Path.of("target", "test-data", name).toAbsolutePath();
            // DB_CLOSE_DELAY=-1: the database stays open between test classes, so one class's pool closing it
            // cannot race the next class opening it (seen as H2 AssertionErrors in Flyway under load).
            System.setProperty("datasources.default.url", "jdbc:h2:file:" + file
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
            System.setProperty("datasources.default.username", "sa");
            System.setProperty("datasources.default.password", "");
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    /** Which database the tests run on, for messages. */
    public static String kind() {
        return "mariadb".equals(System.getProperty("xinsheng.test.db")) ? "mariadb" : "h2";
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl, user(), password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test database server at " + serverUrl + ": " + e.getMessage(), e);
        }
    }

    private static String user() {
        return System.getProperty("xinsheng.test.mariadb.user", "root");
    }

    private static String password() {
        return System.getProperty("xinsheng.test.mariadb.password", "");
    }
}
