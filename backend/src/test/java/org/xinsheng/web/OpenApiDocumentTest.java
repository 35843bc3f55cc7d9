package org.xinsheng.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document the build writes: served, valid OpenAPI 3 in YAML, and naming every route of the app. */
@MicronautTest(transactional = false)
class OpenApiDocumentTest {

    /** A route the tests themselves add, to check that unannotated controllers are closed; not part of the app. */
    private static final String TEST_ONLY = "org.xinsheng.staff.UnannotatedTestController";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Router router;

    @SuppressWarnings("unchecked")
    private Map<String, Object> document() {
        HttpResponse<String> reply = http.toBlocking().exchange(HttpRequest.GET("/api/v1/openapi.yml"), String.class);
        assertEquals(200, reply.code());
        assertTrue(reply.getContentType().orElseThrow().toString().contains("yaml"));
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(reply.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRouteOfTheAppIsInTheDocumentWithItsErrorShape() {
        Map<String, Object> doc = document();
        assertTrue(String.valueOf(doc.get("openapi")).startsWith("3."), "an OpenAPI 3 document");
        assertTrue(doc.get("info") instanceof Map, "info");
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        assertTrue(schemas.containsKey("Error"));

        List<String> missing = new ArrayList<>();
        TreeSet<String> routes = new TreeSet<>();
        router.uriRoutes()
                .filter(r -> r.getTargetMethod().getDeclaringType().getName().startsWith("org.xinsheng."))
                .filter(r -> !r.getTargetMethod().getDeclaringType().getName().equals(TEST_ONLY))
                .filter(r -> !"HEAD".equals(r.getHttpMethod().name())) // Micronaut answers HEAD for every GET
                .forEach(r -> routes.add(r.getHttpMethod().name().toLowerCase(Locale.ROOT) + " " + path(r)));
        assertTrue(routes.size() > 20, "the router lists the app's routes: " + routes);
        routes.addAll(List.of("get /health", "get /health/liveness", "get /health/readiness"));
        for (String route : routes) {
            String[] mp = route.split(" ", 2);
            Map<String, Object> operation = paths.containsKey(mp[1]) ? (Map<String, Object>) paths.get(mp[1]).get(mp[0]) : null;
            if (operation == null) {
                missing.add(route);
                continue;
            }
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (mp[1].startsWith("/api/")) {
                assertTrue(responses.containsKey("4XX"), route + " documents its error shape");
            }
            String body = String.valueOf(operation.get("requestBody"));
            assertFalse(body.contains("format=byte"), route + " documents its body, not raw bytes: " + body);
            for (String ref : refs(operation)) {
                assertTrue(schemas.containsKey(ref), route + " refers to a schema the document has: " + ref);
            }
        }
        assertEquals(List.of(), missing, "routes missing from /api/v1/openapi.yml");
    }

    /** Routes whose success is not a plain 200 say so, and with what they answer (clients branch on the code). */
    @ParameterizedTest
    @CsvSource(delimiter = ' ', textBlock = """
            post /api/v1/complaints 201
            post /api/v1/chat/sessions 201
            post /api/v1/complaints/{trackingCode}/evidence 201
            post /api/v1/cases/{trackingCode}/evidence 201
            post /api/v1/complaints/{trackingCode}/rating 201
            post /api/v1/staff 201
            post /api/v1/staff/me/password 204
            post /api/v1/admin/backup 201
            post /api/v1/tracking/lost-code 202
            """)
    @SuppressWarnings("unchecked")
    void successCodesAreTheOnesTheRoutesAnswer(String method, String path, String code) {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document().get("paths");
        Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) paths.get(path).get(method)).get("responses");
        assertTrue(responses.containsKey(code), method + " " + path + " documents " + code + ": " + responses.keySet());
        assertFalse(responses.containsKey("200"), method + " " + path + " does not answer 200: " + responses.keySet());
        if (!code.equals("204")) {
            assertTrue(String.valueOf(responses.get(code)).contains("schema"), method + " " + path + " documents its body: "
                    + responses.get(code));
        }
    }

    /**
     * What a client reads from a success is in the document: a JSON answer names its fields (a schema of its own, an
     * array of one, or listed properties), never a bare object or bytes; a download says it is binary or text.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everySuccessBodyIsDescribed() {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document().get("paths");
        List<String> vague = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) operation).get("responses");
            responses.forEach((code, response) -> {
                Object content = ((Map<String, Object>) response).get("content");
                if (!code.startsWith("2") || content == null) {
                    return;
                }
                ((Map<String, Map<String, Object>>) content).forEach((type, media) -> {
                    Map<String, Object> schema = (Map<String, Object>) media.get("schema");
                    boolean described = schema != null && (type.contains("json")
                            ? schema.containsKey("$ref") || schema.containsKey("items") || schema.containsKey("properties")
                            : "string".equals(schema.get("type")) && !"byte".equals(schema.get("format")));
                    if (!described) {
                        vague.add(method + " " + path + " " + code + " " + type + " " + schema);
                    }
                });
            });
        }));
        assertEquals(List.of(), vague, "success bodies the document does not describe");
    }

    private static String path(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toPathString();
    }

    private static List<String> refs(Object node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("$ref".equals(k)) {
                    out.add(String.valueOf(v).substring("#/components/schemas/".length()));
                } else {
                    out.addAll(refs(v));
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(v -> out.addAll(refs(v)));
        }
        return out;
    }
}
