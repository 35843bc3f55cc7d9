package org.xinsheng.metrics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class MetricsApiTest {

    /** A sample line of the text format: name, optional {label="value",...}, and a number. */
    private static final Pattern SAMPLE = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*"
            + "(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\",?)*})?"
            + " (-?[0-9.]+([eE][+-]?[0-9]+)?|NaN|[+-]Inf)");

    @Inject
    Api api;

    @Inject
    @Client("/")
    HttpClient http;

    private String scrape() {
        HttpResponse<String> reply = http.toBlocking().exchange(HttpRequest.GET("/metrics"), String.class);
        assertEquals(200, reply.code());
        assertTrue(reply.getContentType().orElseThrow().toString().startsWith("text/plain"));
        return reply.body();
    }

    private static double filed(String metrics, String channel) {
        Matcher m = Pattern.compile("^xinsheng_complaints_filed_total\\{channel=\"" + channel
                + "\",language=\"zh\"} ([0-9.eE+]+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void metricsArePrometheusTextAndTheFilingCounterMovesWithAFiling() {
        double before = filed(scrape(), "web");
        Api.Reply reply = api.file("{\"text\":\"我在郎木寺镇工地干活，老板欠我三万五\",\"phone\":\"13800138000\"}");
        String code = Api.code(reply);
        api.get("/api/v1/complaints/" + code);
        String after = scrape();

        assertEquals(before + 1, filed(after, "web"), 0.0001);
        for (String line : after.lines().toList()) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                assertTrue(SAMPLE.matcher(line).matches(), "not a Prometheus sample line: " + line);
            }
        }
        assertTrue(after.contains("# TYPE xinsheng_complaints_filed_total counter"));
        assertTrue(after.contains("xinsheng_analyzer_time_seconds_count{caller=\"filing\"}"), "analyzer time");
        assertTrue(after.contains("xinsheng_sms_outbox{state=\"pending\"}"), "SMS backlog");
        assertTrue(after.contains("http_server_requests_seconds_count"), "HTTP latency");
        assertFalse(after.contains(code) || after.contains(code.replace("-", "")), "no tracking code in labels");
        assertFalse(after.contains("13800138000"), "no phone in labels");
    }

    @Test
    void aCallerForwardedByAProxyIsRefusedWithoutTheToken() {
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET("/metrics").header("X-Forwarded-For", "203.0.113.9"), String.class));
        assertEquals(404, refused.code());
    }

    @Test
    void livenessAndReadinessAnswerBesideHealth() {
        assertEquals(200, api.get("/health").status());
        assertEquals(200, api.get("/health/liveness").status());
        assertEquals(200, api.get("/health/readiness").status());
    }
}
