package org.xinsheng.routing;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class JurisdictionApiTest {

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;
    @Inject
    Jurisdiction jurisdiction;

    @Test
    void anyoneGetsTheCountysNamesHotlineLanguagesAndTownships() {
        Api.Reply reply = api.get("/api/v1/jurisdiction");
        assertEquals(200, reply.status(), reply.body());
        JsonNode body = reply.json();
        assertEquals("luqu", body.get("key").getStringValue());
        assertEquals(jurisdiction.name().get("zh"), body.get("name").get("zh").getStringValue());
        assertEquals(jurisdiction.name().get("bo"), body.get("name").get("bo").getStringValue());
        assertEquals(jurisdiction.hotline(), body.get("hotline").getStringValue());
        assertEquals(List.of("zh", "bo"), strings(body.get("languages")));
        List<String> keys = new ArrayList<>();
        body.get("townships").values().forEach(t -> keys.add(t.get("key").getStringValue()));
        assertEquals(jurisdiction.townships().stream().map(Jurisdiction.Unit::key).toList(), keys);
        assertNotNull(body.get("townships").get(0).get("name").get("bo"));
        assertNull(body.get("units"), "units are for staff");
        assertTrue(reply.header("Cache-Control").contains("max-age"), reply.header("Cache-Control"));
        assertNotNull(reply.header("ETag"));
    }

    @Test
    void theSameAnswerIsNotSentTwice() {
        String tag = api.get("/api/v1/jurisdiction").header("ETag");
        Api.Reply again = api.send(HttpRequest.GET("/api/v1/jurisdiction").header("If-None-Match", tag));
        assertEquals(304, again.status());
        Api.Reply stale = api.send(HttpRequest.GET("/api/v1/jurisdiction").header("If-None-Match", "\"other\""));
        assertEquals(200, stale.status());
    }

    @Test
    void staffAlsoGetEveryUnitWithItsNames() {
        Api.Reply reply = api.get("/api/v1/jurisdiction", staff.supervisor());
        assertEquals(200, reply.status(), reply.body());
        List<String> units = new ArrayList<>();
        reply.json().get("units").values().forEach(u -> units.add(u.get("key").getStringValue()));
        assertEquals(jurisdiction.unitKeys(), units);
        JsonNode first = reply.json().get("units").get(0);
        assertEquals("township", first.get("kind").getStringValue());
        assertEquals(jurisdiction.unitName(first.get("key").getStringValue(), "zh"), first.get("name").get("zh").getStringValue());
        assertTrue(reply.header("Cache-Control").startsWith("private"), reply.header("Cache-Control"));
        assertNotEquals(api.get("/api/v1/jurisdiction").header("ETag"), reply.header("ETag"));
    }

    @Test
    void aForgedTokenGetsThePublicAnswer() {
        Api.Reply reply = api.get("/api/v1/jurisdiction", "not.a.token");
        assertEquals(200, reply.status(), reply.body());
        assertNull(reply.json().get("units"));
    }

    @Test
    void luqusDemoComplaintsAreInItsOwnTownships() throws java.io.IOException {
        try (java.io.InputStream in = JurisdictionApiTest.class.getResourceAsStream("/demo/luqu.jsonl")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList()) {
                Api.Reply filed = api.file(line);
                assertEquals(201, filed.status(), filed.body());
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.getStringValue()));
        return out;
    }
}
