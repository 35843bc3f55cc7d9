package org.xinsheng.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The application in a JVM of its own (main classes and dependencies, no test classes), for tests that must kill it
 * the way an operator's kill -9 would: {@link Process#destroyForcibly()} sends SIGKILL, no shutdown hook runs.
 */
public final class ChildServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private ChildServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the application with these settings (Micronaut property names) and waits until /health answers. */
    public static ChildServer start(Map<String, String> properties, Path log, Duration timeout) throws IOException, InterruptedException {
        int port = freePort();
        String classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dmicronaut.server.port=" + port));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-cp", classpath, "org.xinsheng.Application"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        ChildServer server = new ChildServer(process, port);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!server.healthy()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("the application did not start; see " + log);
            }
            Thread.sleep(100);
        }
        return server;
    }

    /**
     * Settings for a child on the test run's database: on H2 a database file of its own under work (the test JVM
     * holds the shared one open), on MariaDB the run's database. No demo data, no SMS sending, no rate limits.
     */
    public static Map<String, String> onTestDatabase(Path work) {
        String url = System.getProperty("datasources.default.url");
        if ("h2".equals(TestDatabase.kind())) {
            url = "jdbc:h2:file:" + work.resolve("xs").toAbsolutePath()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE";
        }
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", System.getProperty("datasources.default.username"),
                "datasources.default.password", System.getProperty("datasources.default.password"),
                "xinsheng.demo", "false",
                "xinsheng.notify.enabled", "false",
                "xinsheng.jwt.secret", "kill-test-secret-only-for-this-test-0123456789",
                "xinsheng.rate-limit.enabled", "false");
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL, as kill -9: no shutdown hook, no orderly close of the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private boolean healthy() {
        try {
            HttpResponse<Void> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return reply.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
