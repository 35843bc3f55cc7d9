package org.xinsheng.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinsheng.support.RawHttp;
import org.xinsheng.support.StaffFixtures;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Browser requests through a real nginx in front of the app: with the TLS site from docs/operations.md (a self-signed
 * certificate made for the test) over two app nodes on one database, as its "several app nodes" paragraph says, and
 * with a bare proxy_pass (the app then sees a loopback Host and a foreign Origin).
 * nginx runs with a config, prefix folder and ports of its own and is stopped through its process. Skipped where nginx
 * or openssl is not installed (.ci/run installs nginx and its brotli module).
 */
@MicronautTest(transactional = false)
@Property(name = "xinsheng.rate-limit.trusted-proxies", value = "127.0.0.1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NginxProxyTest {

    static final String COMPLAINT = "{\"text\":\"郎木寺镇工地老板欠我工资三万五\",\"phone\":\"13800138000\"}";
    static final String SITE = "xinsheng.example.org";

    @Inject
    EmbeddedServer app;
    @Inject
    StaffFixtures staff;
    /** A second node on the same database, listed beside the first in the documented upstream block. */
    EmbeddedServer secondNode;

    static final Path BROTLI_MODULE = Path.of("/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so");

    Process nginx;
    Path prefix;
    int documentedPort;
    int tlsPort;
    int barePort;

    @BeforeAll
    void startNginx() throws Exception {
        Optional<Path> binary = nginxBinary();
        assumeTrue(binary.isPresent(), "nginx is not installed: NginxProxyTest skipped (apt-get install nginx; .ci/run does)");
        prefix = Files.createTempDirectory("nginx-test");
        documentedPort = freePort();
        tlsPort = freePort();
        barePort = freePort();
        assumeTrue(selfSignedCertificate(prefix), "openssl is not installed: NginxProxyTest skipped");
        secondNode = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "xinsheng.rate-limit.trusted-proxies", "127.0.0.1"), "test");
        Files.writeString(prefix.resolve("nginx.conf"), config());
        nginx = new ProcessBuilder(binary.get().toString(), "-p", prefix + "/", "-c", prefix.resolve("nginx.conf").toString(),
                "-e", prefix.resolve("error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!(listening(documentedPort) && listening(tlsPort) && listening(barePort))) {
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
        if (secondNode != null) {
            secondNode.getApplicationContext().close();
        }
    }

    @Test
    void aBrowserFilesThroughTheDocumentedSiteOverTls() throws IOException {
        String host = SITE + ":" + tlsPort;
        RawHttp.Answer answer = RawHttp.sendTls(tlsPort, SITE,
                RawHttp.browserPost("/api/v1/complaints", host, "https://" + host, COMPLAINT));

        assertEquals(201, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"trackingCode\""), answer.body());
        assertEquals("DENY", answer.headers().get("x-frame-options"));
        assertEquals("max-age=31536000", answer.headers().get("strict-transport-security"));
    }

    @Test
    void plainHttpIsSentToHttps() throws IOException {
        RawHttp.Answer answer = RawHttp.send(documentedPort,
                "GET /track?x=1 HTTP/1.1\r\nHost: " + SITE + "\r\nConnection: close\r\n\r\n");

        assertEquals(301, answer.status());
        assertEquals("https://" + SITE + "/track?x=1", answer.headers().get("location"));
    }

    @Test
    void jsonIsCompressedForBrowsersThatAsk() throws IOException {
        assertEquals("gzip", compressed("gzip").headers().get("content-encoding"));
        assertEquals(null, compressed("identity").headers().get("content-encoding"));
    }

    @Test
    void brotliWhereTheModuleIsInstalled() throws IOException {
        assumeTrue(Files.exists(BROTLI_MODULE), "nginx's brotli module is not installed (libnginx-mod-http-brotli-filter)");
        assertEquals("br", compressed("br, gzip").headers().get("content-encoding"));
    }

    private RawHttp.Answer compressed(String acceptEncoding) throws IOException {
        RawHttp.Answer answer = RawHttp.sendTls(tlsPort, SITE, "GET /api/v1/jurisdiction HTTP/1.1\r\nHost: " + SITE
                + "\r\nAccept: application/json\r\nAccept-Encoding: " + acceptEncoding + "\r\nConnection: close\r\n\r\n");
        assertEquals(200, answer.status());
        return answer;
    }

    @Test
    void aBrowserFilesThroughABareProxyPass() throws IOException {
        String host = SITE + ":" + barePort;
        RawHttp.Answer answer = RawHttp.send(barePort,
                RawHttp.browserPost("/api/v1/complaints", host, "http://" + host, COMPLAINT));

        assertEquals(201, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"trackingCode\""), answer.body());
    }

    /**
     * A staff token signed by one node opens the other (they share the secret and the database), requests are spread
     * over both, and when one node goes down nginx sends everything, filings included, to the one left.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void twoNodesBehindTheSiteShareTokensAndSurviveOneGoingDown() throws IOException {
        String host = SITE + ":" + tlsPort;
        String username = staff.account("supervisor", null);
        RawHttp.Answer login = RawHttp.sendTls(tlsPort, SITE, RawHttp.browserPost("/api/v1/auth/login", host,
                "https://" + host, "{\"username\":\"" + username + "\",\"password\":\"" + StaffFixtures.PASSWORD + "\"}"));
        assertEquals(200, login.status(), login.body());
        String token = login.body().replaceAll("(?s).*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        long before = served(app) + served(secondNode);
        for (int i = 0; i < 6; i++) {
            RawHttp.Answer me = RawHttp.sendTls(tlsPort, SITE, "GET /api/v1/staff/me HTTP/1.1\r\nHost: " + host
                    + "\r\nAuthorization: Bearer " + token + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
            assertEquals(200, me.status(), "request " + i + ": " + me.body());
        }
        assertEquals(before + 6, served(app) + served(secondNode), "every request reached one of the two nodes");
        assertTrue(served(app) > 0 && served(secondNode) > 0, "nginx spread the requests over both nodes");

        secondNode.stop();
        for (int i = 0; i < 4; i++) {
            RawHttp.Answer filed = RawHttp.sendTls(tlsPort, SITE,
                    RawHttp.browserPost("/api/v1/complaints", host, "https://" + host, COMPLAINT));
            assertEquals(201, filed.status(), "filing " + i + " with one node down: " + filed.body());
        }
    }

    /** How many staff/me requests a node has answered, from its own Prometheus metrics. */
    private static long served(EmbeddedServer node) throws IOException {
        if (!node.isRunning()) {
            return 0;
        }
        RawHttp.Answer metrics = RawHttp.send(node.getPort(),
                "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        return metrics.body().lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_count") && l.contains("uri=\"/api/v1/staff/me\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** The site from docs/operations.md on test ports, next to a bare proxy_pass on another. */
    private String config() throws IOException {
        String operations = Files.readString(Path.of("..", "docs", "operations.md"));
        int start = operations.indexOf("```nginx\n");
        assertTrue(start >= 0, "docs/operations.md has no nginx block");
        String site = operations.substring(start + "```nginx\n".length(), operations.indexOf("```", start + 8));
        for (String line : new String[]{"listen 80;", "listen 443 ssl http2;", "server 127.0.0.1:8080;",
                "/etc/ssl/xinsheng/fullchain.pem", "/etc/ssl/xinsheng/privkey.pem", "gzip on;"}) {
            assertTrue(site.contains(line), "the documented site lost \"" + line + "\"");
        }
        String temp = prefix.toString();
        site = site.replace("listen 80;", "listen 127.0.0.1:" + documentedPort + ";")
                .replace("listen 443 ssl http2;", "listen 127.0.0.1:" + tlsPort + " ssl http2;")
                .replace("server 127.0.0.1:8080;", "server 127.0.0.1:" + app.getPort() + ";\n    server 127.0.0.1:"
                        + secondNode.getPort() + ";")
                .replace("/etc/ssl/xinsheng/fullchain.pem", temp + "/cert.pem")
                .replace("/etc/ssl/xinsheng/privkey.pem", temp + "/key.pem");
        boolean brotli = Files.exists(BROTLI_MODULE);
        if (brotli) {
            site = site.replace("gzip on;", brotliLines(operations) + "\n    gzip on;");
        }
        return (brotli ? "load_module " + BROTLI_MODULE + ";\n" : "") + (isRoot() ? "user root;\n" : "")
                + "worker_processes 1;\npid " + temp + "/nginx.pid;\nerror_log " + temp + "/error.log warn;\n"
                + "events { worker_connections 64; }\n"
                + "http {\n access_log off;\n"
                + " client_body_temp_path " + temp + "/body; proxy_temp_path " + temp + "/proxy;\n"
                + " fastcgi_temp_path " + temp + "/fastcgi; uwsgi_temp_path " + temp + "/uwsgi; scgi_temp_path " + temp + "/scgi;\n"
                + site
                + " server { listen 127.0.0.1:" + barePort + "; location / { proxy_pass http://127.0.0.1:" + app.getPort() + "; } }\n"
                + "}\n";
    }

    /** The brotli lines the operations page adds beside gzip (its first plain code block after "**Brotli**"). */
    private static String brotliLines(String operations) {
        int at = operations.indexOf("**Brotli**");
        assertTrue(at >= 0, "docs/operations.md no longer explains brotli");
        int start = operations.indexOf("```\n", at) + 4;
        return operations.substring(start, operations.indexOf("```", start)).strip();
    }

    private static boolean selfSignedCertificate(Path dir) throws InterruptedException {
        try {
            Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=" + SITE, "-keyout", dir.resolve("key.pem").toString(),
                    "-out", dir.resolve("cert.pem").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("openssl.out").toFile()).start();
            return openssl.waitFor(60, TimeUnit.SECONDS) && openssl.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
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
