package org.xinsheng.tracking;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinsheng.support.Api;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class TrackingApiTest {

    @Inject
    Api api;
    @Inject
    org.xinsheng.support.StaffFixtures staff;

    @Test
    void theCodeShowsStatusAndTimelineButNeverWhoFiled() {
        Api.Reply filed = api.file("""
                {"text":"西仓镇牧场老板赵六欠我们5个人工资","phone":"13912345678","name":"卓玛才让","township":"xicang"}""");
        String code = filed.json().get("trackingCode").getStringValue();

        Api.Reply view = api.get("/api/v1/complaints/" + code);

        assertEquals(200, view.status(), view.body());
        assertEquals(code, view.json().get("trackingCode").getStringValue());
        assertEquals("assigned", view.json().get("status").getStringValue());
        assertEquals("registered", view.json().get("timeline").get(0).get("status").getStringValue());
        assertEquals("assigned", view.json().get("timeline").get(view.json().get("timeline").size() - 1)
                .get("status").getStringValue());
        assertTrue(view.body().contains("\"unit\":\"xicang\""), view.body());
        Instant created = Instant.parse(view.json().get("createdAt").getStringValue());
        assertTrue(Duration.between(created, Instant.now()).abs().toMinutes() < 5, "createdAt " + created);
        for (String secret : new String[]{"13912345678", "5678", "卓玛才让", "卓玛", "赵六", "牧场"}) {
            assertFalse(view.body().contains(secret), "public view shows " + secret + ": " + view.body());
        }
        for (String field : new String[]{"phone", "name", "complainantPhone", "complainantName", "text"}) {
            assertTrue(view.json().get(field) == null, field);
        }
    }

    @Test
    void thePublicViewNeverNamesThePoliceButSaysTheCaseWasEscalated() {
        String hotline = staff.token("hotline", null);
        String absconded = Api.code(api.send(io.micronaut.http.HttpRequest.POST("/api/v1/complaints", """
                {"text":"包工头跑路了，欠我们工资","phone":"13912345678","channel":"hotline","township":"maai",
                 "wageArrears":true,"sector":"construction","absconded":true,"amountYuan":2000000}""")
                .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE).bearerAuth(hotline)));
        assertTrue(api.get("/api/v1/cases/" + absconded, staff.supervisor()).body().contains("\"unit\":\"police\""),
                "the staff view keeps the police");

        Api.Reply view = api.get("/api/v1/complaints/" + absconded);

        assertEquals(200, view.status(), view.body());
        for (String police : new String[]{"police", "公安", "སྤྱི་བདེ"}) {
            assertFalse(view.body().contains(police), "public view names the police: " + view.body());
        }
        assertTrue(view.json().get("escalated").getBooleanValue(), view.body());
        assertTrue(view.body().contains("task_force"), "the task force may be named: " + view.body());

        // a case the lead later refers to the police: the public timeline says escalated, never who
        String plain = Api.code(api.file("""
                {"text":"工地老板欠我工资","phone":"13912345678","township":"maai","wageArrears":true,"sector":"construction"}"""));
        assertFalse(api.get("/api/v1/complaints/" + plain).json().get("escalated").getBooleanValue());
        Api.Reply referred = api.post("/api/v1/cases/" + plain + "/actions",
                "{\"action\":\"assign\",\"units\":[\"police\",\"transport\"]}", staff.supervisor());
        assertEquals(200, referred.status(), referred.body());
        Api.Reply after = api.get("/api/v1/complaints/" + plain);
        assertFalse(after.body().contains("公安") || after.body().contains("police"), after.body());
        assertTrue(after.json().get("escalated").getBooleanValue(), after.body());
        assertTrue(after.body().contains("已升级处理"), after.body());
        assertTrue(after.body().contains("县交通运输局"), "other units are still named: " + after.body());
    }

    @Test
    void theCodeMayBeTypedLowerCaseWithoutDashes() {
        String code = api.file("{\"text\":\"欠薪\",\"phone\":\"13912345678\"}").json().get("trackingCode").getStringValue();

        Api.Reply view = api.get("/api/v1/complaints/" + code.replace("-", "").toLowerCase());

        assertEquals(200, view.status());
        assertEquals(code, view.json().get("trackingCode").getStringValue());
    }

    @Test
    void anUnknownButWellFormedCodeIs404() {
        String code = org.xinsheng.intake.TrackingCodes.generate();
        Api.Reply reply = api.get("/api/v1/complaints/" + code);

        assertEquals(404, reply.status());
        assertEquals("not_found", reply.json().get("error").getStringValue());
    }

    @Test
    void tenThousandRandomCodesFindNothing() {
        for (int i = 0; i < 20; i++) {
            api.file("{\"text\":\"欠薪\",\"phone\":\"13912345678\"}");
        }
        int found = 0;
        for (int i = 0; i < 10_000; i++) {
            int status = api.get("/api/v1/complaints/" + org.xinsheng.intake.TrackingCodes.generate()).status();
            assertTrue(status == 200 || status == 404, "status " + status);
            found += status == 200 ? 1 : 0;
        }
        assertEquals(0, found, "random codes that found a complaint");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "O0I1O0I1O0I1O", "%E6%AC%A0%E8%96%AA", "'%20OR%201=1--", "23456789ABCDE"})
    void aMalformedCodeIs404WithTheErrorShape(String code) {
        Api.Reply reply = api.get("/api/v1/complaints/" + code);

        assertEquals(404, reply.status(), reply.body());
        assertEquals("not_found", reply.json().get("error").getStringValue());
    }

    @Test
    void aTypoInARealCodeIsCaughtByTheCheckSymbol() {
        String code = api.file("{\"text\":\"欠薪\",\"phone\":\"13912345678\"}").json().get("trackingCode").getStringValue();
        char last = code.charAt(code.length() - 1);
        String typo = code.substring(0, code.length() - 1) + (last == 'Z' ? 'Y' : 'Z');

        assertEquals(404, api.get("/api/v1/complaints/" + typo).status());
    }

    @Test
    void theViewListsTheUnitsByNameAndTheRoutingStep() {
        Api.Reply filed = api.file("""
                {"text":"玛艾镇饭店老板欠工资","phone":"13912345678","name":"卓玛","township":"maai","wageArrears":true,
                 "sector":"services","amountYuan":6000,"workers":1}""");
        String code = filed.json().get("trackingCode").getStringValue();

        Api.Reply view = api.get("/api/v1/complaints/" + code);

        assertEquals("assigned", view.json().get("status").getStringValue());
        var first = view.json().get("assignments").get(0);
        assertEquals("maai", first.get("unit").getStringValue());
        assertEquals("玛艾镇", first.get("unitName").getStringValue());
        assertEquals("township", first.get("role").getStringValue());
        assertEquals("县市场监督管理局", view.json().get("assignments").get(1).get("unitName").getStringValue());
        var timeline = view.json().get("timeline");
        assertEquals(2, timeline.size());
        assertEquals("assigned", timeline.get(1).get("status").getStringValue());
        String note = timeline.get(1).get("note").getStringValue();
        assertTrue(note.contains("玛艾镇") && note.contains("县市场监督管理局"), note);
        assertFalse(view.body().contains("卓玛"));
        assertFalse(view.body().contains("13912345678"));
    }
}
