package org.xinsheng.nlp;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.support.Api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

// A random port: other builds on the machine may hold 8080 while this suite runs.
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class AnalysisApiTest {

    @Inject
    Api api;

    @Test
    void answersWithTheAnalysisInTheContractsFieldNames() {
        Api.Reply reply = api.postJson("/api/v1/analysis",
                "{\"text\":\"玛艾镇一家饭店老板赵六欠我两个月工资共6000元，一直说下个月给\"}", null);
        assertEquals(200, reply.status(), reply.body());
        assertEquals("zh", reply.json().get("language").getStringValue());
        assertTrue(reply.json().get("wageArrears").getBooleanValue());
        assertEquals("services", reply.json().get("sector").getStringValue());
        assertTrue(reply.json().get("sectorConfidence").isNumber());
        assertEquals("老板赵六", reply.json().get("employer").getStringValue());
        assertEquals(6000, reply.json().get("amountYuan").getIntValue());
        assertEquals(1, reply.json().get("workers").getIntValue());
        assertEquals("maai", reply.json().get("township").getStringValue());
        assertEquals(false, reply.json().get("absconded").getBooleanValue());
    }

    @Test
    void unknownFieldsAreNullNotMissing() {
        Api.Reply reply = api.postJson("/api/v1/analysis", "{\"text\":\"谢谢你们，工资拿到了\"}", null);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.json().get("employer").isNull());
        assertTrue(reply.json().get("amountYuan").isNull());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {}                      | text | is required
            {"text":null}           | text | is required
            {"text":"  "}           | text | must not be blank
            {"text":42}             | text | must be a string
            {"text":"欠薪","x":1}    | x    | unknown field
            """)
    void rejectsABadBodyWithTheStandardErrorShape(String body, String field, String reason) {
        Api.Reply reply = api.postJson("/api/v1/analysis", body, null);
        assertEquals(400, reply.status(), reply.body());
        assertEquals("validation_failed", reply.json().get("error").getStringValue());
        assertEquals(reason, reply.json().get("fields").get(field).getStringValue());
    }

    @Test
    void rejectsTextOverTwoThousandCharacters() {
        Api.Reply reply = api.postJson("/api/v1/analysis", "{\"text\":\"" + "欠".repeat(2001) + "\"}", null);
        assertEquals(400, reply.status(), reply.body());
        assertEquals("must be at most 2000 characters", reply.json().get("fields").get("text").getStringValue());
    }

    @Test
    void rejectsMalformedJson() {
        Api.Reply reply = api.postJson("/api/v1/analysis", "{\"text\":", null);
        assertEquals(400, reply.status(), reply.body());
        assertEquals("malformed_json", reply.json().get("error").getStringValue());
    }
}
