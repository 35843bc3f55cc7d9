package org.xinsheng.chat;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chat turn that was answered is stored: workers talk to the bot for two seconds, the application is killed with
 * SIGKILL right after the last answer and started again on the same database, and every conversation must be where
 * its last answer left it. On the embedded database this is the write delay that a filing alone used to cover.
 */
class KillAfterChatTurnTest {

    private static final Pattern SESSION = Pattern.compile("\"sessionId\":\"([^\"]+)\"");
    private static final Pattern EXPECTING = Pattern.compile("\"expecting\":\"([^\"]+)\"");
    private static final Duration START = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path work;

    @Test
    void everyAnsweredTurnSurvivesKillMinusNine() throws Exception {
        Map<String, String> settings = ChildServer.onTestDatabase(work);
        Path log = Path.of("target", "kill-after-chat-" + TestDatabase.kind() + ".log").toAbsolutePath();

        Map<String, String> answered = new ConcurrentHashMap<>();
        try (ChildServer server = ChildServer.start(settings, log, START)) {
            talkFor(server.base(), Duration.ofSeconds(2), answered);
            server.kill();
        }
        assertTrue(answered.size() >= 10, "too few conversations to mean anything: " + answered.size());

        try (ChildServer again = ChildServer.start(settings, log, START)) {
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, String> conversation : answered.entrySet()) {
                HttpResponse<String> reply = send(HttpRequest.newBuilder(
                        URI.create(again.base() + "/api/v1/chat/sessions/" + conversation.getKey())));
                String expecting = find(EXPECTING, reply.body());
                if (reply.statusCode() != 200 || !conversation.getValue().equals(expecting)) {
                    lost.add(conversation.getKey() + ": " + reply.statusCode() + " " + expecting
                            + " (answered " + conversation.getValue() + ")");
                }
            }
            assertEquals(List.of(), lost, "answered " + answered.size() + " conversations, lost after kill -9");
        }
    }

    /** Two clients each start a conversation and tell their story, over and over; returns with nothing in flight. */
    private void talkFor(String base, Duration span, Map<String, String> answered) throws InterruptedException {
        long end = System.nanoTime() + span.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        for (int c = 0; c < 2; c++) {
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpResponse<String> started = send(json(base + "/api/v1/chat/sessions", "{\"language\":\"zh\"}"));
                    String id = find(SESSION, started.body());
                    if (started.statusCode() != 201 || id == null) {
                        continue;
                    }
                    answered.put(id, find(EXPECTING, started.body()));
                    HttpResponse<String> turn = send(json(base + "/api/v1/chat/sessions/" + id + "/messages",
                            "{\"text\":\"我在郎木寺镇工地干了两个月，老板欠我工资八千没给\"}"));
                    if (turn.statusCode() == 200) {
                        answered.put(id, find(EXPECTING, turn.body()));
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "talking did not finish");
    }

    private static HttpRequest.Builder json(String uri, String body) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : null;
    }
}
