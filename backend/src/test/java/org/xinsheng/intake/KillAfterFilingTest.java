package org.xinsheng.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinsheng.support.ChildServer;
import org.xinsheng.support.TestDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tracking code in an answer means the complaint and its idempotency record are stored: the application is filed
 * to for two seconds, killed with SIGKILL right after the last answer, and started again on the same database; every
 * acknowledged code must be found, and a retry under the same Idempotency-Key must get the same code back.
 * On H2 the application gets a database file of its own (the test JVM holds the shared one open); on MariaDB it uses
 * the test run's database.
 */
class KillAfterFilingTest {

    private static final Pattern CODE = Pattern.compile("\"trackingCode\":\"([^\"]+)\"");
    private static final Duration START = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedFilingSurvivesKillMinusNine() throws Exception {
        Map<String, String> settings = ChildServer.onTestDatabase(work);
        Path log = Path.of("target", "kill-after-filing-" + TestDatabase.kind() + ".log").toAbsolutePath();
        String runId = "kill" + System.nanoTime();

        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        try (ChildServer server = ChildServer.start(settings, log, START)) {
            fileFor(server.base(), runId, Duration.ofSeconds(2), acknowledged);
            server.kill();
        }
        assertTrue(acknowledged.size() >= 10, "filed too few to mean anything: " + acknowledged.size());

        try (ChildServer again = ChildServer.start(settings, log, START)) {
            List<String> lost = new ArrayList<>();
            List<String> refiled = new ArrayList<>();
            for (Map.Entry<String, String> filing : acknowledged.entrySet()) {
                if (get(again.base() + "/api/v1/complaints/" + filing.getValue()).statusCode() != 200) {
                    lost.add(filing.getValue());
                }
                String retried = file(again.base(), filing.getKey());
                if (!filing.getValue().equals(retried)) {
                    refiled.add(filing.getKey() + " -> " + retried);
                }
            }
            assertEquals(List.of(), lost, "acknowledged " + acknowledged.size() + ", lost after kill -9");
            assertEquals(List.of(), refiled, "a retry under the same key filed again");
        }
    }

    /** Two clients file distinct complaints back to back until the time is up; returns with no request in flight. */
    private void fileFor(String base, String runId, Duration span, Map<String, String> acknowledged) throws InterruptedException {
        long end = System.nanoTime() + span.toNanos();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        for (int c = 0; c < 2; c++) {
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    String key = runId + "-" + next.getAndIncrement();
                    String code = file(base, key);
                    if (code != null) {
                        acknowledged.put(key, code);
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "filing did not finish");
    }

    private String file(String base, String key) throws IOException, InterruptedException {
        String body = "{\"text\":\"" + key + " 郎木寺镇工地老板欠我工资三万五\",\"phone\":\"13800138000\"}";
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/complaints"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher code = CODE.matcher(reply.body());
        return reply.statusCode() == 201 && code.find() ? code.group(1) : null;
    }

    private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
