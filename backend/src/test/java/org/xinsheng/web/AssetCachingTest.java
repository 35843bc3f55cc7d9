package org.xinsheng.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class AssetCachingTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void hashedAssetsAreKeptAYearAndThePageIsAlwaysRevalidated() {
        HttpResponse<String> asset = http.toBlocking().exchange("/assets/caching-test-3f2a9c1b.js", String.class);
        assertEquals("public, max-age=31536000, immutable", asset.header("Cache-Control"));

        for (String page : new String[]{"/", "/track/ABCD-EFGH-JKLMN"}) {
            HttpResponse<String> html = http.toBlocking()
                    .exchange(HttpRequest.GET(page).accept(MediaType.TEXT_HTML_TYPE), String.class);
            assertEquals("no-cache", html.header("Cache-Control"), page);
        }
    }

    @Test
    void aMissingAssetAndTheApiAreNotCachedForAYear() {
        HttpClientResponseException missing = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange("/assets/not-there-00000000.js", String.class));
        assertEquals(404, missing.getStatus().getCode());
        assertFalse(String.valueOf(missing.getResponse().header("Cache-Control")).contains("immutable"));
        HttpResponse<String> api = http.toBlocking().exchange("/api/v1/jurisdiction", String.class);
        assertEquals("public, max-age=300", api.header("Cache-Control"), "the API sets its own");
    }
}
