package org.xinsheng.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class WebAppTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theWebAppIsServedAtTheRootAndForItsOwnPageAddresses() {
        for (String path : new String[]{"/", "/track/ABCD-EFGH-JKLMN"}) {
            HttpResponse<String> page = http.toBlocking()
                    .exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE), String.class);
            assertEquals(200, page.code(), path);
            assertTrue(page.body().contains("<div id=\"app\">"), path);
        }
    }

    @Test
    void healthIsUp() {
        String health = http.toBlocking().retrieve("/health");
        assertTrue(health.contains("UP"), health);
    }
}
