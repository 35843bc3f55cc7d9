package org.xinsheng.ops;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;
import org.xinsheng.support.TestDatabase;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Online backup of the embedded database while complaints are being filed, then a restore into a fresh directory. */
@MicronautTest(transactional = false)
class BackupRestoreTest {

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;
    @Value("${datasources.default.url}")
    String url;

    /** A filing the server acknowledged (201), and when, by the test's clock. */
    record Acknowledged(String code, long atNanos) {
    }

    @Test
    void everyComplaintAcknowledgedBeforeABackupIsInItsRestoredCopy() throws Exception {
        assumeTrue("h2".equals(TestDatabase.kind()), "the online backup is for the embedded database");
        EmbeddedDatabase db = EmbeddedDatabase.of(url).orElseThrow();
        String token = Files.readString(OpsToken.file(db)).strip();
        Path backups = Files.createTempDirectory(Path.of("target"), "backups").toAbsolutePath();

        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean filing = new AtomicBoolean(true);
        ExecutorService workers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int worker = w;
            running.add(workers.submit(() -> {
                for (int i = 0; filing.get(); i++) {
                    Api.Reply reply = api.file("{\"text\":\"工地老板欠我工资" + (1000 + i) + "元，工人" + worker
                            + "\",\"phone\":\"1380013" + String.format("%04d", i % 10000) + "\"}");
                    if (reply.status() == 201) {
                        acknowledged.add(new Acknowledged(Api.code(reply), System.nanoTime()));
                    }
                }
                return null;
            }));
        }
        while (acknowledged.size() < 30) {
            Thread.sleep(20);
        }
        long backupAsked = System.nanoTime();
        Api.Reply answer = api.send(HttpRequest.POST("/api/v1/admin/backup",
                        "{\"directory\":\"" + backups.toString().replace("\\", "\\\\") + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).header(OpsToken.HEADER, token));
        assertEquals(201, answer.status(), answer.body());
        while (acknowledged.size() < 60) {
            Thread.sleep(20);
        }
        filing.set(false);
        for (Future<?> f : running) {
            f.get(1, TimeUnit.MINUTES);
        }
        workers.shutdown();

        Path zip = Path.of(answer.json().get("file").getStringValue());
        assertTrue(zip.startsWith(backups) && Files.size(zip) > 0, zip.toString());

        Path fresh = Files.createTempDirectory(Path.of("target"), "restored").toAbsolutePath();
        String restoredUrl = "jdbc:h2:file:" + fresh.resolve("xinsheng") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = RestoreCommand.run(List.of(zip.toString()), new Settings(restoredUrl, "sa", "", 0),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));

        Set<String> restored = new HashSet<>();
        try (Connection c = DriverManager.getConnection(restoredUrl, "sa", "");
             Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT tracking_code FROM complaint")) {
                while (rows.next()) {
                    restored.add(rows.getString(1));
                }
            }
            try (ResultSet orphans = s.executeQuery("SELECT COUNT(*) FROM complaint c "
                    + "LEFT JOIN case_file f ON f.complaint_id = c.id WHERE f.complaint_id IS NULL")) {
                orphans.next();
                assertEquals(0, orphans.getLong(1), "every complaint in the copy has its case file: one moment's copy");
            }
        }
        List<String> before = acknowledged.stream().filter(a -> a.atNanos() < backupAsked)
                .map(a -> TrackingCodes.parse(a.code()).orElseThrow()).toList();
        assertTrue(before.size() >= 30);
        List<String> missing = before.stream().filter(code -> !restored.contains(code)).toList();
        assertEquals(List.of(), missing, "acknowledged before the backup but not in it");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("complaints"));
    }

    @Test
    void onlyAnAdminOrTheOperatorTokenMayAskAndOnlyTheTokenChoosesTheDirectory() {
        assumeTrue("h2".equals(TestDatabase.kind()), "the online backup is for the embedded database");
        assertEquals(401, api.postJson("/api/v1/admin/backup", "{}", null).status());
        assertEquals(401, api.send(HttpRequest.POST("/api/v1/admin/backup", "{}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).header(OpsToken.HEADER, "not-the-token")).status());
        assertEquals(403, api.post("/api/v1/admin/backup", "{}", staff.handler("langmusi")).status());
        String admin = staff.token("admin", null);
        assertEquals(403, api.post("/api/v1/admin/backup", "{\"directory\":\"/tmp\"}", admin).status());
        Api.Reply ok = api.post("/api/v1/admin/backup", "", admin);
        assertEquals(201, ok.status(), ok.body());
        assertTrue(ok.json().get("file").getStringValue().contains("backups"));
    }
}
