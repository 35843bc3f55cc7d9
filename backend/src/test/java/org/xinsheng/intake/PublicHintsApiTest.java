package org.xinsheng.intake;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anonymous filers' analysis fields are hints: bounded, weighed against the analyzer, never staff's override. */
@MicronautTest(transactional = false)
class PublicHintsApiTest {

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;
    @Inject
    ComplaintRepository complaints;

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.isString() ? v.getStringValue()
                : v.get("unit").getStringValue() + ":" + v.get("role").getStringValue()));
        return out;
    }

    private Complaint stored(Api.Reply filed) {
        return complaints.findByTrackingCode(TrackingCodes.parse(Api.code(filed)).orElseThrow()).orElseThrow();
    }

    private JsonNode caseView(Api.Reply filed) {
        return api.get("/api/v1/cases/" + Api.code(filed), staff.supervisor()).json();
    }

    @Test
    void anAnonymousFilerCannotChooseAStaffChannel() {
        for (String channel : new String[]{"hotline", "import", "chat", "web"}) {
            Api.Reply filed = api.file("""
                    {"text":"老板欠我工资三千元","phone":"13800138000","channel":"%s"}""".formatted(channel));
            assertEquals("web", stored(filed).channel(), channel);
        }
    }

    @Test
    void anAnonymousAmountOrHeadcountBeyondOneComplaintIsRefused() {
        Api.Reply huge = api.file("""
                {"text":"老板欠我工资","phone":"13800138000","amountYuan":10000000000,"workers":100000}""");

        assertEquals(400, huge.status(), huge.body());
        assertTrue(huge.json().get("fields").get("amountYuan") != null, huge.body());
        assertTrue(huge.json().get("fields").get("workers") != null, huge.body());
        assertEquals(201, api.file("""
                {"text":"老板欠我工资","phone":"13800138000","amountYuan":10000000,"workers":1000}""").status(),
                "the bounds themselves are taken");
    }

    @Test
    void hintsThatDisagreeWithTheTextDoNotEscalateAndFlagTheCase() {
        Api.Reply filed = api.file("""
                {"text":"玛艾镇工地老板欠我3000元工资","phone":"13800138000","township":"maai","wageArrears":true,
                 "sector":"construction","amountYuan":9000000,"workers":500,"absconded":true}""");

        assertEquals(201, filed.status(), filed.body());
        List<String> units = strings(filed.json().get("assignments"));
        assertFalse(units.contains("police:police"), units.toString());
        assertFalse(units.contains("task_force:task_force"), units.toString());
        JsonNode view = caseView(filed);
        List<String> flags = strings(view.get("flags"));
        assertTrue(flags.contains("hint_mismatch"), flags.toString());
        assertFalse(flags.contains("police_referral") || flags.contains("task_force"), flags.toString());
        assertEquals(9000000L, view.get("analysis").get("amountYuan").getLongValue(),
                "what the filer said is kept for staff to see");
        assertEquals("web", view.get("channel").getStringValue());

        // staff confirm by assigning the units themselves
        Api.Reply confirmed = api.post("/api/v1/cases/" + Api.code(filed) + "/actions",
                "{\"action\":\"assign\",\"units\":[\"police\",\"task_force\"]}", staff.supervisor());
        assertEquals(200, confirmed.status(), confirmed.body());
    }

    @Test
    void hintsThatAgreeOrAddWhatTheTextLacksAreTakenWithoutAFlag() {
        Api.Reply agrees = api.file("""
                {"text":"玛艾镇工地老板欠我3000元工资","phone":"13800138000","amountYuan":3000}""");
        Api.Reply adds = api.file("""
                {"text":"玛艾镇工地老板欠我工资","phone":"13800138000","amountYuan":8000,"workers":2}""");

        for (Api.Reply filed : List.of(agrees, adds)) {
            assertEquals(201, filed.status(), filed.body());
            List<String> flags = strings(caseView(filed).get("flags"));
            assertFalse(flags.contains("hint_mismatch"), flags.toString());
        }
        assertEquals(8000L, stored(adds).amountYuan());
        assertTrue(strings(adds.json().get("flags")).contains("fast_track"), adds.body());
    }

    @Test
    void aHintAloneCannotReachTheTaskForceEvenWhenTheTextHasNoAmount() {
        Api.Reply filed = api.file("""
                {"text":"玛艾镇工地老板欠我们工资","phone":"13800138000","wageArrears":true,"amountYuan":5000000}""");

        assertFalse(strings(filed.json().get("assignments")).contains("task_force:task_force"), filed.body());
        assertTrue(strings(caseView(filed).get("flags")).contains("hint_mismatch"));
    }

    @Test
    void theTextItselfStillEscalatesAnAnonymousComplaint() {
        Api.Reply filed = api.file("""
                {"text":"我们40个人在郎木寺镇修路，包工头跑路了，欠了我们120万元工资，电话打不通","phone":"13800138000"}""");

        List<String> units = strings(filed.json().get("assignments"));
        assertTrue(units.contains("task_force:task_force"), filed.body());
        assertTrue(units.contains("police:police"), filed.body());
    }

    @Test
    void theHotlineWithAStaffTokenKeepsTheOverride() {
        Api.Reply filed = api.fileAs(staff.token("hotline", null), """
                {"text":"郎木寺镇修路欠薪","phone":"13800138000","channel":"hotline","township":"langmusi",
                 "wageArrears":true,"sector":"transport","amountYuan":1200000,"workers":40,"absconded":true}""");

        assertEquals(201, filed.status(), filed.body());
        assertEquals("hotline", stored(filed).channel());
        List<String> units = strings(filed.json().get("assignments"));
        assertTrue(units.contains("police:police") && units.contains("task_force:task_force"), units.toString());
        assertFalse(strings(caseView(filed).get("flags")).contains("hint_mismatch"));
    }
}
