package org.xinsheng.cases;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.staff.StaffService;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scripted walk of issue 5: three complaints (wage with township, wage absconded with 30+ workers, not wage);
 * the township handler, the bureau handler and a supervisor work the first to closure with a follow-up and a rating,
 * and at each step we check what each role and the public tracking view see.
 */
@MicronautTest(transactional = false)
class EndToEndApiTest {

    @Inject
    StaffService staffService;

    @Inject
    Api api;
    List<String> secrets = new ArrayList<>();

    @Test
    void threeComplaintsFromFilingToClosure() {
        StaffFixtures staff = new StaffFixtures(staffService, api);
        String townshipUser = staff.account("handler", "langmusi");
        String bureauUser = staff.account("handler", "housing");
        String supervisorUser = staff.account("supervisor", null);
        String township = api.login(townshipUser, StaffFixtures.PASSWORD);
        String bureau = api.login(bureauUser, StaffFixtures.PASSWORD);
        String supervisor = api.login(supervisorUser, StaffFixtures.PASSWORD);
        secrets.addAll(List.of("13511112222", "13533334444", "13555556666", "多吉", "拉毛", "桑杰",
                townshipUser, bureauUser, supervisorUser, "工人都说收到了", "项目部已承认"));

        // 1. Filing: what the complainant is told.
        Api.Reply a = api.file("""
                {"text":"郎木寺镇盖房子，老板欠我们5个人45000元","phone":"13511112222","name":"多吉","township":"langmusi",
                 "wageArrears":true,"sector":"construction","amountYuan":45000,"workers":5,"absconded":false}""");
        Api.Reply b = api.file("""
                {"text":"玛艾镇修公路的老板跑了，欠我们35个人150万","phone":"13533334444","name":"拉毛","township":"maai",
                 "wageArrears":true,"sector":"transport","amountYuan":1500000,"workers":35,"absconded":true}""");
        Api.Reply c = api.file("""
                {"text":"ང་ལས་ཀ་བྱེད་སྐབས་རྨས་སྐྱོན་ཕོག","phone":"13555556666","name":"桑杰","language":"bo",
                 "wageArrears":false,"sector":"not_wage"}""");
        String codeA = Api.code(a);
        String codeB = Api.code(b);
        String codeC = Api.code(c);
        assertEquals(List.of("langmusi:township", "housing:bureau", "hrss:lead", "justice:legal_aid"), units(a.json()));
        assertEquals(List.of("fast_track", "legal_aid"), strings(a.json().get("flags")));
        assertEquals(List.of("police_referral", "task_force", "legal_aid"), strings(b.json().get("flags")));
        assertEquals(List.of("maai:township", "transport:bureau", "hrss:lead", "police:police", "task_force:task_force",
                "justice:legal_aid"), units(b.json()));
        assertEquals("redirected", c.json().get("status").getStringValue());
        assertTrue(c.json().get("advice").getStringValue().contains("ལས་རྨས"), "advice in Tibetan");

        // 2. Who sees what.
        String townshipInbox = InboxPages.body(api, "/api/v1/cases", township);
        assertTrue(townshipInbox.contains(codeA) && !townshipInbox.contains(codeB) && !townshipInbox.contains(codeC));
        String bureauInbox = InboxPages.body(api, "/api/v1/cases", bureau);
        assertTrue(bureauInbox.contains(codeA) && !bureauInbox.contains(codeB));
        List<String> supervised = codes(InboxPages.json(api, "/api/v1/cases", supervisor), List.of(codeA, codeB, codeC));
        assertEquals(codeB, supervised.get(0), "the task-force case is at risk from the start: " + supervised);
        assertEquals(3, supervised.size());
        assertEquals(404, api.get("/api/v1/cases/" + codeB, township).status());
        JsonNode bigCase = api.get("/api/v1/cases/" + codeB, supervisor).json();
        assertEquals("县委常委、常务副县长（专班负责人）", bigCase.get("leader").getStringValue(), "a leader owns it");
        assertTrue(api.get("/api/v1/cases/" + codeA, supervisor).json().get("leader").isNull());
        assertEquals("13511112222", contact(api.get("/api/v1/cases/" + codeA, township).json()));
        assertEquals("13511112222", contact(api.get("/api/v1/cases/" + codeA, bureau).json()));
        assertEquals("135****2222", contact(api.get("/api/v1/cases/" + codeA, supervisor).json()));
        publicView(codeA, "assigned");
        publicView(codeB, "assigned");
        assertTrue(api.get("/api/v1/complaints/" + codeB).body().contains("碌曲县拖欠农民工工资问题专项整治工作专班"));
        publicView(codeC, "redirected");
        assertTrue(api.get("/api/v1/complaints/" + codeC).body().contains("ལས་རྨས"));

        // 3. Working case A to closure.
        step(codeA, township, "{\"action\":\"accept\",\"note\":\"已联系多吉\"}", "verifying");
        step(codeA, bureau, "{\"action\":\"verified\",\"note\":\"项目部已承认欠薪45000元\"}", "handling");
        step(codeA, bureau, "{\"action\":\"progress\",\"note\":\"已责令项目部三日内支付\"}", "handling");
        JsonNode resolved = step(codeA, township, """
                {"action":"resolve","route":"guarantee_fund","fund":"wage_deposit","amountRecoveredYuan":45000,
                 "workersPaid":5,"note":"动用工资保证金支付"}""", "resolved");
        assertEquals("wage_deposit", resolved.get("outcome").get("fund").getStringValue());
        assertTrue(api.get("/api/v1/complaints/" + codeA).body().contains("追回45000元"));
        assertEquals(403, api.post("/api/v1/cases/" + codeA + "/actions", "{\"action\":\"close\"}", bureau).status());
        step(codeA, township, "{\"action\":\"follow_up\",\"confirmed\":true,\"note\":\"工人都说收到了\"}", "resolved");
        JsonNode closed = step(codeA, supervisor, "{\"action\":\"close\",\"note\":\"案结事了\"}", "closed");
        assertEquals(45000, closed.get("outcome").get("amountRecoveredYuan").getLongValue());
        Api.Reply rated = api.postJson("/api/v1/complaints/" + codeA + "/rating", "{\"score\":5,\"comment\":\"谢谢\"}", null);
        assertEquals(201, rated.status(), rated.body());

        // 4. The whole story, as the public and as staff see it.
        JsonNode story = publicView(codeA, "closed");
        assertEquals(List.of("registered", "assigned", "verifying", "handling", "handling", "resolved", "resolved",
                "closed", "closed"), strings(story.get("timeline"), "status"));
        JsonNode staffStory = api.get("/api/v1/cases/" + codeA, township).json();
        List<String> actors = strings(staffStory.get("timeline"), "actor");
        assertEquals(List.of("intake", "routing", townshipUser, bureauUser, bureauUser, townshipUser, townshipUser,
                supervisorUser, "complainant"), actors);
        assertEquals(5, staffStory.get("outcome").get("rating").getIntValue());
        assertTrue(InboxPages.body(api, "/api/v1/cases?status=closed", township).contains(codeA));
    }

    private JsonNode step(String code, String token, String body, String status) {
        Api.Reply reply = api.post("/api/v1/cases/" + code + "/actions", body, token);
        assertEquals(200, reply.status(), body + ": " + reply.body());
        assertEquals(status, reply.json().get("status").getStringValue());
        publicView(code, status);
        return reply.json();
    }

    /** The public view: the status, and none of the names, phones, staff accounts or staff notes. */
    private JsonNode publicView(String code, String status) {
        Api.Reply view = api.get("/api/v1/complaints/" + code);
        assertEquals(200, view.status());
        assertEquals(status, view.json().get("status").getStringValue());
        for (String secret : secrets) {
            assertFalse(view.body().contains(secret), "the public view shows " + secret + ": " + view.body());
        }
        for (JsonNode step : view.json().get("timeline").values()) {
            assertTrue(step.get("actor") == null, "no actor in public");
        }
        return view.json();
    }

    private static String contact(JsonNode view) {
        return view.get("complainant").get("phone").getStringValue();
    }

    private static List<String> units(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("assignments").values().forEach(x -> out.add(x.get("unit").getStringValue() + ":"
                + x.get("role").getStringValue()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(x -> out.add(x.getStringValue()));
        return out;
    }

    private static List<String> strings(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.values().forEach(x -> out.add(x.get(field).getStringValue()));
        return out;
    }

    private static List<String> codes(JsonNode inbox, List<String> wanted) {
        List<String> out = new ArrayList<>();
        inbox.values().forEach(x -> {
            String code = x.get("trackingCode").getStringValue();
            if (wanted.contains(code)) {
                out.add(code);
            }
        });
        return out;
    }
}
