package org.xinsheng.chat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.IdempotencyRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.support.Api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ChatApiTest {

    static final String STORY = "{\"text\":\"我们12个人在郎木寺镇修路，包工头王某欠工资三万五，电话打不通\"}";

    @Inject
    JsonMapper json;
    @Inject
    ChatSessionRepository sessions;
    @Inject
    ChatService chats;
    @Inject
    ComplaintRepository complaints;
    @Inject
    IdempotencyRepository idempotency;

    @Inject
    Api api;

    private String start(String language) {
        Api.Reply reply = api.postJson("/api/v1/chat/sessions", "{\"language\":\"" + language + "\"}", null);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().get("sessionId").getStringValue();
    }

    private Api.Reply say(String id, String body) {
        return api.postJson("/api/v1/chat/sessions/" + id + "/messages", body, null);
    }

    private String toConfirm(String language) {
        String id = start(language);
        say(id, STORY);
        say(id, "{\"text\":\"13800138000\"}");
        Api.Reply reply = say(id, "{\"text\":\"#skip\"}");
        assertEquals("confirm", reply.json().get("expecting").getStringValue(), reply.body());
        return id;
    }

    @Test
    void startAnswersWithTheContractShape() {
        Api.Reply reply = api.postJson("/api/v1/chat/sessions", "{\"language\":\"bo\"}", null);

        assertEquals(201, reply.status());
        JsonNode body = reply.json();
        assertTrue(body.get("sessionId").getStringValue().matches("[0-9a-f]{32}"));
        assertEquals("story", body.get("expecting").getStringValue());
        assertEquals("bo", body.get("language").getStringValue());
        assertTrue(body.get("messages").size() >= 2);
        assertTrue(body.get("messages").get(0).get("text").isString());
        assertEquals("#lang:zh", body.get("quickReplies").get(0).get("value").getStringValue());
        assertTrue(body.get("trackingCode").isNull());
    }

    @Test
    void startWithoutABodySpeaksChinese() {
        Api.Reply reply = api.postJson("/api/v1/chat/sessions", "", null);
        assertEquals(201, reply.status(), reply.body());
        assertEquals("zh", reply.json().get("language").getStringValue());
    }

    @Test
    void badRequestsGetTheErrorShape() {
        Api.Reply language = api.postJson("/api/v1/chat/sessions", "{\"language\":\"en\"}", null);
        assertEquals(400, language.status());
        assertEquals("validation_failed", language.json().get("error").getStringValue());
        assertTrue(language.json().get("fields").get("language").isString());

        String id = start("zh");
        for (String body : List.of("{}", "{\"text\":\"   \"}", "{\"text\":5}", "{\"text\":\"hi\",\"x\":1}",
                "{\"text\":\"" + "长".repeat(2001) + "\"}")) {
            Api.Reply reply = say(id, body);
            assertEquals(400, reply.status(), body);
            assertEquals("validation_failed", reply.json().get("error").getStringValue());
            assertTrue(reply.json().get("fields").get("text") != null || reply.json().get("fields").get("x") != null);
        }
        Api.Reply malformed = say(id, "{not json");
        assertEquals(400, malformed.status());
        assertEquals("malformed_json", malformed.json().get("error").getStringValue());
    }

    @Test
    void unknownConversationsAre404() {
        for (String id : List.of("0123456789abcdef0123456789abcdef", "nope", "' OR 1=1 --")) {
            String uri = "/api/v1/chat/sessions/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(404, say(uri.substring("/api/v1/chat/sessions/".length()), "{\"text\":\"你好\"}").status());
            Api.Reply get = api.get(uri);
            assertEquals(404, get.status());
            assertEquals("not_found", get.json().get("error").getStringValue());
        }
    }

    @Test
    void resumeRepeatsTheQuestionWithoutChangingAnything() {
        String id = toConfirm("zh");
        Api.Reply first = api.get("/api/v1/chat/sessions/" + id);
        Api.Reply second = api.get("/api/v1/chat/sessions/" + id);

        assertEquals(200, first.status());
        assertEquals("confirm", first.json().get("expecting").getStringValue());
        assertEquals(first.body(), second.body());
        assertTrue(first.body().contains("13800138000"), "the summary to confirm");
    }

    @Test
    void clicksRacingOnConfirmFileOneComplaint() throws Exception {
        String id = toConfirm("bo");
        long before = complaints.count();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Reply>> clicks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clicks.add(pool.submit(() -> say(id, "{\"text\":\"#yes\"}")));
            }
            Set<String> codes = new HashSet<>();
            for (Future<Api.Reply> click : clicks) {
                Api.Reply reply = click.get();
                assertEquals(200, reply.status(), reply.body());
                assertEquals("done", reply.json().get("expecting").getStringValue());
                codes.add(reply.json().get("trackingCode").getStringValue());
            }
            assertEquals(1, codes.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, complaints.count());
        assertTrue(idempotency.findById(ChatFiling.key(id, 0)).isPresent());
    }

    /** "Don't know" for a question the chat asked is stored as unknown, not as the analyzer's guess from the story. */
    @Test
    void aQuestionAnsweredDontKnowStaysEmptyInTheStoredComplaint() {
        String id = start("zh");
        Api.Reply reply = say(id, "{\"text\":\"在郎木寺镇饭店洗碗三个月，老板欠工资六千块\"}");
        List<String> answered = new ArrayList<>();
        for (int turn = 0; turn < 10 && !reply.json().get("expecting").getStringValue().equals("confirm"); turn++) {
            String expecting = reply.json().get("expecting").getStringValue();
            answered.add(expecting);
            String answer = switch (expecting) {
                case "phone" -> "13800138000";
                case "name" -> "#skip";
                default -> "#unknown";
            };
            reply = say(id, "{\"text\":\"" + answer + "\"}");
        }
        assertTrue(answered.contains("workers"), "the story names no head-count, so the chat asks: " + answered);
        reply = say(id, "{\"text\":\"#yes\"}");
        assertEquals("done", reply.json().get("expecting").getStringValue(), reply.body());

        var stored = complaints.findByTrackingCode(TrackingCodes.parse(reply.json().get("trackingCode").getStringValue()).orElseThrow())
                .orElseThrow();
        assertEquals(null, stored.workers(), "the worker said they do not know the head-count");
        assertEquals(6000L, stored.amountYuan());
    }

    @Test
    void restartAfterFilingStartsASecondComplaintWithItsOwnKey() {
        String id = toConfirm("zh");
        String first = say(id, "{\"text\":\"#yes\"}").json().get("trackingCode").getStringValue();
        Api.Reply restarted = say(id, "{\"text\":\"#restart\"}");
        assertEquals("story", restarted.json().get("expecting").getStringValue());
        assertTrue(restarted.json().get("trackingCode").isNull());
        say(id, STORY);
        say(id, "{\"text\":\"13800138000\"}");
        say(id, "{\"text\":\"#skip\"}");
        String second = say(id, "{\"text\":\"#yes\"}").json().get("trackingCode").getStringValue();

        assertFalse(first.equals(second));
        assertTrue(idempotency.findById(ChatFiling.key(id, 1)).isPresent());
    }

    @Test
    void whateverAdviceIntakeGivesIsShownToTheWorker() throws Exception {
        String id = start("zh");
        say(id, "{\"text\":\"我在工地上摔伤了腿，老板不给报销医药费\"}");
        say(id, "{\"text\":\"maai\"}");
        say(id, "{\"text\":\"13800138000\"}");
        say(id, "{\"text\":\"#skip\"}");
        Api.Reply filed = say(id, "{\"text\":\"#yes\"}");

        String answer = idempotency.findById(ChatFiling.key(id, 0)).orElseThrow().responseBody();
        JsonNode advice = json.readValue(answer, JsonNode.class).get("advice");
        if (advice != null && advice.isString()) {
            assertTrue(filed.body().contains(json.writeValueAsString(advice.getStringValue())), filed.body());
        }
        assertEquals(filed.json().get("trackingCode").getStringValue(),
                json.readValue(answer, JsonNode.class).get("trackingCode").getStringValue());
    }

    @Test
    void idleConversationsExpireAndArePurged() {
        String id = start("zh");
        ChatSession row = sessions.findById(id).orElseThrow();
        sessions.update(new ChatSession(id, row.language(), row.expecting(), row.state(), null, row.createdAt(),
                Instant.now().minus(Duration.ofDays(8))));

        Api.Reply turn = say(id, STORY);
        assertEquals(410, turn.status());
        assertEquals("session_expired", turn.json().get("error").getStringValue());
        assertEquals(410, api.get("/api/v1/chat/sessions/" + id).status());

        assertTrue(chats.purgeExpired() >= 1);
        assertTrue(sessions.findById(id).isEmpty());
        assertEquals(404, api.get("/api/v1/chat/sessions/" + id).status());
    }

    @Test
    void everyStepOffersTheRightButtons() {
        String id = start("zh");
        Api.Reply reply = say(id, "{\"text\":\"老板欠我们工资\"}");
        assertEquals("employer", reply.json().get("expecting").getStringValue());
        assertEquals("#unknown", reply.json().get("quickReplies").get(0).get("value").getStringValue());
        say(id, "{\"text\":\"王五\"}");
        say(id, "{\"text\":\"9000\"}");
        reply = say(id, "{\"text\":\"3\"}");
        assertEquals("township", reply.json().get("expecting").getStringValue());
        JsonNode buttons = reply.json().get("quickReplies");
        assertEquals(8, buttons.size(), "seven townships and I don't know");
        assertEquals("玛艾镇", buttons.get(0).get("label").getStringValue());
        assertEquals("maai", buttons.get(0).get("value").getStringValue());
    }
}
