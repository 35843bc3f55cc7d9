package org.xinsheng.chat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every scripted dialogue (test resources chat/dialogues-*.txt) through the HTTP API. */
@MicronautTest(transactional = false)
class ScriptedDialoguesTest {

    @Inject
    Api api;

    @Inject
    JsonMapper json;
    @Inject
    ComplaintRepository complaints;

    @TestFactory
    Stream<DynamicTest> chinese() {
        return run("/chat/dialogues-zh.txt");
    }

    @TestFactory
    Stream<DynamicTest> tibetan() {
        return run("/chat/dialogues-bo.txt");
    }

    /** Dialogues in the way workers type: corrections mid-way, "don't know" with more, no head-count (issue #15). */
    @TestFactory
    Stream<DynamicTest> asWorkersType() {
        return Stream.concat(run("/chat/dialogues-workers-zh.txt"), run("/chat/dialogues-workers-bo.txt"));
    }

    private Stream<DynamicTest> run(String resource) {
        return Script.load(resource).stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> play(s)));
    }

    private void play(Script script) {
        Api.Reply reply = api.postJson("/api/v1/chat/sessions", "{\"language\":\"" + script.language() + "\"}", null);
        assertEquals(201, reply.status(), reply.body());
        String id = reply.json().get("sessionId").getStringValue();
        String uri = "/api/v1/chat/sessions/" + id + "/messages";
        String last = null;
        List<String> transcript = new ArrayList<>();
        transcript.add("bot: " + said(reply));
        for (String line : script.lines()) {
            String where = script.name() + " at '" + line + "'\n" + String.join("\n", transcript);
            if (line.startsWith("> ")) {
                last = line.substring(2);
                reply = api.postJson(uri, json(last), null);
                transcript.add("worker: " + last);
                transcript.add("bot [" + expecting(reply) + "]: " + said(reply));
                assertEquals(200, reply.status(), where);
            } else if (line.equals("again")) {
                String code = reply.json().get("trackingCode").getStringValue();
                reply = api.postJson(uri, json(Objects.requireNonNull(last)), null);
                assertEquals(200, reply.status(), where);
                assertEquals(code, reply.json().get("trackingCode").getStringValue(), where);
            } else if (line.equals("resume")) {
                String before = expecting(reply);
                reply = api.get("/api/v1/chat/sessions/" + id);
                assertEquals(200, reply.status(), where);
                assertEquals(before, expecting(reply), where);
            } else if (line.startsWith("? ")) {
                assertEquals(line.substring(2), expecting(reply), where);
            } else if (line.startsWith("!~ ")) {
                assertFalse(said(reply).contains(line.substring(3)), where);
            } else if (line.startsWith("~ ")) {
                assertTrue(said(reply).contains(line.substring(2)), where);
            } else if (line.startsWith("lang ")) {
                assertEquals(line.substring(5), reply.json().get("language").getStringValue(), where);
            } else if (line.startsWith("filed")) {
                checkFiled(reply, line.substring(5).strip(), where);
            } else {
                throw new IllegalArgumentException("unknown script line: " + line);
            }
        }
    }

    private void checkFiled(Api.Reply reply, String expectations, String where) {
        JsonNode code = reply.json().get("trackingCode");
        assertTrue(code != null && code.isString(), where);
        Complaint c = complaints.findByTrackingCode(TrackingCodes.parse(code.getStringValue()).orElseThrow())
                .orElseThrow();
        assertEquals("chat", c.channel(), where);
        for (String pair : expectations.isEmpty() ? new String[0] : expectations.split("\\s+")) {
            String[] kv = pair.split("=", 2);
            Object actual = switch (kv[0]) {
                case "phone" -> c.complainantPhone();
                case "name" -> c.complainantName();
                case "employer" -> c.employer();
                case "amountYuan" -> c.amountYuan();
                case "workers" -> c.workers();
                case "township" -> c.township();
                case "wageArrears" -> c.wageArrears();
                case "language" -> c.language();
                default -> throw new IllegalArgumentException(kv[0]);
            };
            assertEquals(kv[1], String.valueOf(actual), kv[0] + " in " + where);
        }
        assertNotNull(c.text(), where);
    }

    private String json(String text) {
        try {
            return json.writeValueAsString(java.util.Map.of("text", text));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String expecting(Api.Reply reply) {
        return reply.json().get("expecting").getStringValue();
    }

    private static String said(Api.Reply reply) {
        List<String> texts = new ArrayList<>();
        for (JsonNode m : reply.json().get("messages").values()) {
            texts.add(m.get("text").getStringValue());
        }
        return String.join(" | ", texts);
    }
}
