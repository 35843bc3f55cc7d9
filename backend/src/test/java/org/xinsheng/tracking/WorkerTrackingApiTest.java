package org.xinsheng.tracking;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.cases.AuditRepository;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.notify.OutboxMessage;
import org.xinsheng.notify.OutboxRepository;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker's side around a filed complaint: names in Tibetan, one rating, "still not paid", "lost your code?". */
@MicronautTest(transactional = false)
class WorkerTrackingApiTest {

    static final String WAGE = """
            {"text":"西仓镇水渠工地欠薪","phone":"%s","township":"xicang","wageArrears":true,
             "sector":"water","amountYuan":80000,"workers":4,"absconded":false,"language":"%s"}""";

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;
    @Inject
    ComplaintRepository complaints;
    @Inject
    OutboxRepository outbox;
    @Inject
    AuditRepository audit;

    static String freshPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private String file(String phone, String language) {
        return Api.code(api.file(WAGE.formatted(phone, language)));
    }

    private String resolved(String phone) {
        String code = file(phone, "bo");
        String township = staff.handler("xicang");
        for (String action : new String[]{"{\"action\":\"accept\"}", "{\"action\":\"verified\",\"note\":\"属实\"}",
                "{\"action\":\"resolve\",\"route\":\"mediation\",\"amountRecoveredYuan\":80000,\"workersPaid\":4}"}) {
            Api.Reply reply = api.post("/api/v1/cases/" + code + "/actions", action, township);
            assertEquals(200, reply.status(), reply.body());
        }
        return code;
    }

    @Test
    void thePublicViewNamesEachUnitInEveryLanguageAndTheTibetanTimelineHasNoDoubledShad() {
        String code = file(freshPhone(), "bo");

        JsonNode view = api.get("/api/v1/complaints/" + code).json();

        List<String> tibetan = new ArrayList<>();
        for (JsonNode unit : view.get("assignments").values()) {
            assertEquals(unit.get("unitName").getStringValue(), unit.get("names").get("zh").getStringValue());
            tibetan.add(unit.get("names").get("bo").getStringValue());
        }
        assertTrue(tibetan.contains("ཤིས་ཚང་གྲོང་རྡལ།"), tibetan.toString());
        assertTrue(tibetan.contains("རྫོང་ཆུ་དོན་ཅུས།"), tibetan.toString());
        StringBuilder notes = new StringBuilder();
        view.get("timeline").values().forEach(s -> notes.append(s.get("note").isNull() ? "" : s.get("note").getStringValue()));
        assertTrue(notes.toString().contains("ཤིས་ཚང་གྲོང་རྡལ"), notes.toString());
        assertFalse(notes.toString().contains("།།"), notes.toString());
        assertFalse(view.get("rated").getBooleanValue());
    }

    @Test
    void aRatedCaseSaysSoAndASecondRatingIsRefused() {
        String code = resolved(freshPhone());

        Api.Reply first = api.postJson("/api/v1/complaints/" + code + "/rating", "{\"score\":4}", null);
        Api.Reply second = api.postJson("/api/v1/complaints/" + code + "/rating", "{\"score\":5}", null);

        assertEquals(201, first.status(), first.body());
        assertTrue(first.json().get("rated").getBooleanValue());
        assertTrue(api.get("/api/v1/complaints/" + code).json().get("rated").getBooleanValue());
        assertEquals(409, second.status());
        assertEquals("already_rated", second.json().get("error").getStringValue());
    }

    @Test
    void stillNotPaidReopensAResolvedCaseToTheLeadWithATimelineStepAndAnAuditRecord() {
        String code = resolved(freshPhone());

        Api.Reply reopened = api.postJson("/api/v1/complaints/" + code + "/still-not-paid", "", null);

        assertEquals(200, reopened.status(), reopened.body());
        assertEquals("handling", reopened.json().get("status").getStringValue());
        JsonNode timeline = reopened.json().get("timeline");
        JsonNode last = timeline.get(timeline.size() - 1);
        assertEquals("handling", last.get("status").getStringValue());
        assertTrue(last.get("note").getStringValue().contains("ལས་མིས་གླ་ཕོགས་ད་དུང་"), last.toString());
        Api.Reply staffView = api.get("/api/v1/cases/" + code, staff.handler("hrss"));
        List<String> actions = new ArrayList<>();
        staffView.json().get("actions").values().forEach(a -> actions.add(a.getStringValue()));
        assertTrue(actions.contains("resolve"), "the lead may resolve it again: " + actions);
        Long id = complaints.findByTrackingCode(TrackingCodes.parse(code).orElseThrow()).orElseThrow().id();
        assertTrue(audit.findByComplaintIdOrderById(id).stream()
                .anyMatch(a -> "still_not_paid".equals(a.action()) && "complainant".equals(a.actor())));

        Api.Reply again = api.postJson("/api/v1/complaints/" + code + "/still-not-paid", "", null);
        assertEquals(409, again.status(), "handling again: nothing to reopen");
        assertEquals("not_resolved", again.json().get("error").getStringValue());
    }

    @Test
    void aClosedCaseReopensAndMustBeFollowedUpAgainBeforeItCloses() {
        String code = resolved(freshPhone());
        String supervisor = staff.supervisor();
        api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"follow_up\",\"confirmed\":true,\"note\":\"到账\"}", supervisor);
        assertEquals(200, api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"close\"}", supervisor).status());

        assertEquals(200, api.postJson("/api/v1/complaints/" + code + "/still-not-paid", "", null).status());
        api.post("/api/v1/cases/" + code + "/actions",
                "{\"action\":\"resolve\",\"route\":\"mediation\",\"amountRecoveredYuan\":80000,\"workersPaid\":4}", supervisor);
        Api.Reply close = api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"close\"}", supervisor);

        assertEquals(409, close.status(), close.body());
        assertEquals("follow_up_missing", close.json().get("error").getStringValue());
    }

    @Test
    void staffCannotTakeTheComplainantsAction() {
        String code = resolved(freshPhone());

        Api.Reply reply = api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"still_not_paid\"}", staff.supervisor());

        assertEquals(403, reply.status(), reply.body());
    }

    @Test
    void aLostCodeIsTextedToThePhoneThatFiledItAndTheAnswerNeverTells() {
        String phone = freshPhone();
        String older = file(phone, "zh");
        String newer = file(phone, "zh");
        Long newest = complaints.findByTrackingCode(TrackingCodes.parse(newer).orElseThrow()).orElseThrow().id();

        Api.Reply known = api.postJson("/api/v1/tracking/lost-code", "{\"phone\":\"+86 " + phone + "\"}", null);
        Api.Reply unknown = api.postJson("/api/v1/tracking/lost-code", "{\"phone\":\"" + freshPhone() + "\"}", null);

        assertEquals(202, known.status(), known.body());
        assertEquals(202, unknown.status());
        assertEquals(known.body(), unknown.body(), "the same answer whether the phone filed or not");
        List<OutboxMessage> texts = outbox.findByComplaintIdOrderById(newest).stream()
                .filter(m -> "lost_code".equals(m.kind())).toList();
        assertEquals(1, texts.size());
        assertEquals(phone, texts.get(0).phone());
        assertTrue(texts.get(0).body().contains(older) && texts.get(0).body().contains(newer), texts.get(0).body());
    }

    @Test
    void aPhoneGetsAtMostThreeLostCodeTextsADayWithTheSameAnswer() {
        String phone = freshPhone();
        String code = file(phone, "bo");
        Long id = complaints.findByTrackingCode(TrackingCodes.parse(code).orElseThrow()).orElseThrow().id();

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Api.Reply reply = api.postJson("/api/v1/tracking/lost-code", "{\"phone\":\"" + phone + "\"}", null);
            assertEquals(202, reply.status());
            answers.add(reply.body());
        }

        assertEquals(1, answers.stream().distinct().count());
        List<OutboxMessage> texts = outbox.findByComplaintIdOrderById(id).stream()
                .filter(m -> "lost_code".equals(m.kind())).toList();
        assertEquals(3, texts.size());
        assertTrue(texts.get(0).body().contains("འཚོལ་ཨང"), "in the language the phone filed in");
    }

    @Test
    void aLostCodeRequestWithoutAMobileNumberIsA400() {
        for (String body : new String[]{"{}", "{\"phone\":\"12345\"}", "{\"phone\":\"13800138000\",\"x\":1}"}) {
            Api.Reply reply = api.postJson("/api/v1/tracking/lost-code", body, null);
            assertEquals(400, reply.status(), body);
            assertEquals("validation_failed", reply.json().get("error").getStringValue(), reply.body());
        }
    }

    @Test
    void theFilingAnswerSaysWhatHappensNextWithoutNamingThePolice() {
        Api.Reply filed = api.file("""
                {"text":"老板跑路了，欠我们工资","phone":"13912345678","township":"maai","wageArrears":true,
                 "sector":"construction","absconded":true,"amountYuan":20000,"workers":2}""");

        JsonNode next = filed.json().get("nextSteps");
        String units = filed.body().substring(filed.body().indexOf("\"nextSteps\""));

        assertEquals(0, next.get("verifyDays").getIntValue());
        assertTrue(next.get("resolveDays").getIntValue() > 0);
        assertTrue(units.contains("玛艾镇") && units.contains("རྫོང་སྒར་གྲོང་རྡལ"), units);
        assertFalse(units.contains("police") || units.contains("公安"), units);
    }
}
