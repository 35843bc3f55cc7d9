package org.xinsheng.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class SecurityHeadersTest {

    @Inject
    @Client("/")
    HttpClient http;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/track/ABCD", "/health", "/api/v1/complaints/23456789ABCDU", "/api/v1/nothing",
            "/api/v1/cases"})
    void everyAnswerCarriesTheSecurityHeaders(String path) {
        HttpResponse<?> response;
        try {
            response = http.toBlocking().exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE, MediaType.APPLICATION_JSON_TYPE), String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        String csp = response.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), path + ": " + csp);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
        assertEquals("DENY", response.header("X-Frame-Options"), path);
    }
}
