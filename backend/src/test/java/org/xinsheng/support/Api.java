package org.xinsheng.support;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** Test helper: sends requests to the running application and returns status and body, 4xx/5xx included. */
public final class Api {

    private final BlockingHttpClient client;
    private final JsonMapper json;

    public Api(BlockingHttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    public record Reply(int status, String body, JsonNode json, HttpHeaders headers) {

        /** A header of the answer, or null. */
        public String header(String name) {
            return headers.get(name);
        }
    }

    public Reply send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.exchange(request.accept(MediaType.APPLICATION_JSON_TYPE), String.class);
            String body = response.getBody().orElse("");
            return new Reply(response.code(), body, parse(body), response.getHeaders());
        } catch (HttpClientResponseException e) {
            String body = e.getResponse().getBody(String.class).orElse("");
            return new Reply(e.getStatus().getCode(), body, parse(body), e.getResponse().getHeaders());
        }
    }

    public Reply postJson(String uri, String body, String idempotencyKey) {
        MutableHttpRequest<String> request = HttpRequest.POST(uri, body).contentType(MediaType.APPLICATION_JSON_TYPE);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    public Reply get(String uri) {
        return send(HttpRequest.GET(uri));
    }

    /** A GET as a logged-in staff member. */
    public Reply get(String uri, String token) {
        return send(HttpRequest.GET(uri).bearerAuth(token));
    }

    /** A POST as a logged-in staff member. */
    public Reply post(String uri, String body, String token) {
        return send(HttpRequest.POST(uri, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }

    /** Logs in and returns the bearer token. */
    public String login(String username, String password) {
        Reply reply = postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        if (reply.status() != 200) {
            throw new AssertionError("login failed for " + username + ": " + reply.body());
        }
        return reply.json().get("access_token").getStringValue();
    }

    /** The tracking code of a 201 answer. */
    public static String code(Reply filed) {
        if (filed.status() != 201) {
            throw new AssertionError("not filed: " + filed.body());
        }
        return filed.json().get("trackingCode").getStringValue();
    }

    /** Files a complaint with a fresh Idempotency-Key and returns the 201 answer. */
    public Reply file(String body) {
        return postJson("/api/v1/complaints", body, UUID.randomUUID().toString());
    }

    /** Files a complaint as logged-in staff (the hotline console), with a fresh Idempotency-Key. */
    public Reply fileAs(String token, String body) {
        return send(HttpRequest.POST("/api/v1/complaints", body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotency-Key", UUID.randomUUID().toString()).bearerAuth(token));
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
