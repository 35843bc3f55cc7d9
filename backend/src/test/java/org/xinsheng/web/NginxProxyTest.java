package org.xinsheng.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinsheng.support.RawHttp;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Browser POSTs through a real nginx in front of the app: once with the site config from docs/operations.md, once with
 * a bare proxy_pass (the app then sees a loopback Host and a foreign Origin). nginx runs with a config, prefix folder
 * and ports of its own and is stopped through its process. Skipped where nginx is not installed (.ci/run installs it).
 */
@MicronautTest(transactional = false)
@Property(name = "xinsheng.rate-limit.trusted-proxies", value = "127.0.0.1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxProxyTest {

    static final String COMPLAINT = "{\"text\":\"郎木寺镇工地老板欠我工资三万五\",\"phone\":\"13800138000\"}";
    static final String SITE = "xinsheng.example.org";

    @Inject
    EmbeddedServer app;

    Process nginx;
    Path prefix;
    int documentedPort;
    int barePort;

    @BeforeAll
    void startNginx() throws Exception {
        Optional<Path> binary = nginxBinary();
        assumeTrue(binary.isPresent(), "nginx is not installed: NginxProxyTest skipped (apt-get install nginx; .ci/run does)");
        prefix = Files.createTempDirectory("nginx-test");
        documentedPort = freePort();
        barePort = freePort();
        Files.writeString(prefix.resolve("nginx.conf"), config());
        nginx = new ProcessBuilder(binary.get().toString(), "-p", prefix + "/", "-c", prefix.resolve("nginx.conf").toString(),
                "-e", prefix.resolve("error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!(listening(documentedPort) && listening(barePort))) {
            if (!nginx.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("nginx.out"))
                        + readIfThere(prefix.resolve("error.log")));
            }
            Thread.sleep(50);
        }
    }

    @AfterAll
    void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void aBrowserFilesThroughTheDocumentedSite() throws IOException {
        String host = SITE + ":" + documentedPort;
        RawHttp.Answer answer = RawHttp.send(documentedPort,
                RawHttp.browserPost("/api/v1/complaints", host, "http://" + host, COMPLAINT));

        assertEquals(201, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"trackingCode\""), answer.body());
        assertEquals("DENY", answer.headers().get("x-frame-options"));
    }

    @Test
    void aBrowserFilesThroughABareProxyPass() throws IOException {
        String host = SITE + ":" + barePort;
        RawHttp.Answer answer = RawHttp.send(barePort,
                RawHttp.browserPost("/api/v1/complaints", host, "http://" + host, COMPLAINT));

        assertEquals(201, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"trackingCode\""), answer.body());
    }

    /** The server block from docs/operations.md on a test port, next to a bare proxy_pass on another. */
    private String config() throws IOException {
        String operations = Files.readString(Path.of("..", "docs", "operations.md"));
        int start = operations.indexOf("```nginx\n");
        assertTrue(start >= 0, "docs/operations.md has no nginx block");
        String site = operations.substring(start + "```nginx\n".length(), operations.indexOf("```", start + 8));
        assertTrue(site.contains("listen 80;") && site.contains("http://127.0.0.1:8080;"), site);
        site = site.replace("listen 80;", "listen 127.0.0.1:" + documentedPort + ";")
                .replace("http://127.0.0.1:8080;", "http://127.0.0.1:" + app.getPort() + ";");
        String temp = prefix.toString();
        return (isRoot() ? "user root;\n" : "")
                + "worker_processes 1;\npid " + temp + "/nginx.pid;\nerror_log " + temp + "/error.log warn;\n"
                + "events { worker_connections 64; }\n"
                + "http {\n access_log off;\n"
                + " client_body_temp_path " + temp + "/body; proxy_temp_path " + temp + "/proxy;\n"
                + " fastcgi_temp_path " + temp + "/fastcgi; uwsgi_temp_path " + temp + "/uwsgi; scgi_temp_path " + temp + "/scgi;\n"
                + site
                + " server { listen 127.0.0.1:" + barePort + "; location / { proxy_pass http://127.0.0.1:" + app.getPort() + "; } }\n"
                + "}\n";
    }

    private static Optional<Path> nginxBinary() {
        Stream<String> path = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
        return Stream.concat(path, Stream.of("/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"))
                .map(dir -> Path.of(dir, "nginx")).filter(Files::isExecutable).findFirst();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String readIfThere(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
