package org.xinsheng.cases;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class CaseWorkflowApiTest {

    static final String WAGE = """
            {"text":"尕海镇牧场欠薪","phone":"13812345678","township":"gahai","wageArrears":true,
             "sector":"agriculture","amountYuan":80000,"workers":4,"absconded":false}""";

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;
    String handler;

    @BeforeEach
    void setUp() {
        handler = staff.handler("gahai");
    }

    private Api.Reply act(String code, String body) {
        return api.post("/api/v1/cases/" + code + "/actions", body, handler);
    }

    private String handling() {
        String code = Api.code(api.file(WAGE));
        assertEquals(200, act(code, "{\"action\":\"accept\"}").status());
        assertEquals(200, act(code, "{\"action\":\"verified\",\"note\":\"欠4人工资8万元属实\"}").status());
        return code;
    }

    @Test
    void aNewComplaintIsDueTheSameDayInLuqu() {
        String code = Api.code(api.file(WAGE));
        JsonNode view = api.get("/api/v1/cases/" + code, handler).json();
        Instant deadline = Instant.parse(view.get("deadline").getStringValue());
        ZonedDateTime endOfToday = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(1)
                .atStartOfDay(ZoneId.of("Asia/Shanghai"));
        assertTrue(Duration.between(deadline, endOfToday.toInstant()).abs().getSeconds() < 2, deadline.toString());
        assertEquals("none", view.get("risk").getStringValue());
        java.util.List<String> actions = new java.util.ArrayList<>();
        view.get("actions").values().forEach(a -> actions.add(a.getStringValue()));
        assertEquals(java.util.List.of("accept", "note"), actions);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            resolve before verifying | {"action":"resolve","route":"inspection","amountRecoveredYuan":1,"workersPaid":1}
            progress before accepted | {"action":"progress","note":"x"}
            verified before accepted | {"action":"verified","note":"x"}
            follow up too early      | {"action":"follow_up","confirmed":true,"note":"x"}
            """)
    void actionsOutOfOrderAnswer409(String why, String body) {
        String code = Api.code(api.file(WAGE));
        Api.Reply reply = act(code, body);
        assertEquals(409, reply.status(), why + ": " + reply.body());
        assertEquals("invalid_transition", reply.json().get("error").getStringValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nothing given          | {"action":"resolve"}                                                                                        | route amountRecoveredYuan workersPaid
            fund missing           | {"action":"resolve","route":"guarantee_fund","amountRecoveredYuan":80000,"workersPaid":4}                 | fund
            escrow before deposit  | {"action":"resolve","route":"guarantee_fund","fund":"presale_escrow","amountRecoveredYuan":1,"workersPaid":1} | earlierFundsExhausted
            emergency fund first   | {"action":"resolve","route":"guarantee_fund","fund":"emergency_fund","amountRecoveredYuan":1,"workersPaid":1} | earlierFundsExhausted
            fund on another route  | {"action":"resolve","route":"mediation","fund":"wage_deposit","amountRecoveredYuan":1,"workersPaid":1}      | fund
            unknown route          | {"action":"resolve","route":"magic","amountRecoveredYuan":-1,"workersPaid":1}                              | route amountRecoveredYuan
            unknown action         | {"action":"escalate"}                                                                                       | action
            unknown field          | {"action":"note","note":"x","secret":1}                                                                     | secret
            """)
    void resolutionsNameARouteAndTakeTheFundsInOrder(String why, String body, String fields) {
        String code = handling();
        Api.Reply reply = act(code, body);
        assertEquals(400, reply.status(), why + ": " + reply.body());
        for (String field : fields.split(" ")) {
            assertNotNull(reply.json().get("fields").get(field), why + ": " + reply.body());
        }
        assertEquals(fields.split(" ").length, reply.json().get("fields").size(), reply.body());
    }

    @Test
    void theEmergencyFundPaysWhenTheEarlierFundsCouldNot() {
        String code = handling();
        Api.Reply resolved = act(code, """
                {"action":"resolve","route":"guarantee_fund","fund":"emergency_fund","earlierFundsExhausted":true,
                 "amountRecoveredYuan":80000,"workersPaid":4,"note":"保证金和预售资金均不足"}""");
        assertEquals(200, resolved.status(), resolved.body());
        JsonNode outcome = resolved.json().get("outcome");
        assertEquals("guarantee_fund", outcome.get("route").getStringValue());
        assertEquals("emergency_fund", outcome.get("fund").getStringValue());
        assertEquals(80000, outcome.get("amountRecoveredYuan").getLongValue());
        assertEquals(4, outcome.get("workersPaid").getIntValue());
    }

    @Test
    void aCaseClosesOnlyAfterAFollowUpConfirmsTheMoneyArrived() {
        String code = handling();
        act(code, "{\"action\":\"resolve\",\"route\":\"mediation\",\"amountRecoveredYuan\":80000,\"workersPaid\":4}");
        String supervisor = staff.supervisor();

        Api.Reply tooEarly = api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"close\"}", supervisor);
        Api.Reply notArrived = act(code, "{\"action\":\"follow_up\",\"confirmed\":false,\"note\":\"两人未收到\"}");

        assertEquals(409, tooEarly.status());
        assertEquals("follow_up_missing", tooEarly.json().get("error").getStringValue());
        assertEquals("handling", notArrived.json().get("status").getStringValue(), "back to work");

        act(code, "{\"action\":\"resolve\",\"route\":\"mediation\",\"amountRecoveredYuan\":80000,\"workersPaid\":4}");
        Api.Reply arrived = act(code, "{\"action\":\"follow_up\",\"confirmed\":true,\"note\":\"4人均已收到\"}");
        Api.Reply townshipCloses = act(code, "{\"action\":\"close\"}");
        Api.Reply closed = api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"close\"}", supervisor);

        assertEquals("resolved", arrived.json().get("status").getStringValue());
        assertEquals(403, townshipCloses.status(), "the lead or a supervisor closes");
        assertEquals(200, closed.status(), closed.body());
        assertEquals("closed", closed.json().get("status").getStringValue());
        assertTrue(closed.json().get("deadline").isNull());
        Api.Reply publicView = api.get("/api/v1/complaints/" + code);
        assertTrue(publicView.body().contains("重新办理"), publicView.body());
        assertFalse(publicView.body().contains("两人未收到"));
    }

    @Test
    void theComplainantRatesOnceAfterResolution() {
        String code = handling();
        String rating = "/api/v1/complaints/" + code + "/rating";

        Api.Reply early = api.postJson(rating, "{\"score\":4}", null);
        act(code, "{\"action\":\"resolve\",\"route\":\"inspection\",\"amountRecoveredYuan\":80000,\"workersPaid\":4}");
        Api.Reply bad = api.postJson(rating, "{\"score\":6,\"comment\":42}", null);
        Api.Reply rated = api.postJson(rating, "{\"score\":4,\"comment\":\"处理及时\"}", null);
        Api.Reply again = api.postJson(rating, "{\"score\":1}", null);

        assertEquals(409, early.status());
        assertEquals("not_resolved", early.json().get("error").getStringValue());
        assertEquals(400, bad.status());
        assertEquals(2, bad.json().get("fields").size());
        assertEquals(201, rated.status(), rated.body());
        assertTrue(rated.body().contains("已收到您的评价"));
        assertEquals(409, again.status());
        assertEquals("already_rated", again.json().get("error").getStringValue());
        JsonNode outcome = api.get("/api/v1/cases/" + code, handler).json().get("outcome");
        assertEquals(4, outcome.get("rating").getIntValue());
        assertEquals("处理及时", outcome.get("ratingComment").getStringValue());
        assertEquals(404, api.postJson("/api/v1/complaints/ABCD/rating", "{\"score\":4}", null).status());
    }

    @Test
    void theLeadTriagesAnUnclassifiedComplaintAndRedirectsAMisfiledOne() {
        String lead = staff.handler("hrss");
        String unclassified = Api.code(api.file("{\"text\":\"有人欠钱不还\",\"phone\":\"13812345678\"}"));
        String township = staff.handler("shuangcha");

        assertEquals(404, api.get("/api/v1/cases/" + unclassified, township).status(), "not yet the township's");
        Api.Reply assigned = api.post("/api/v1/cases/" + unclassified + "/actions",
                "{\"action\":\"assign\",\"units\":[\"shuangcha\",\"housing\"],\"note\":\"核实为建筑欠薪\"}", lead);
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals("assigned", assigned.json().get("status").getStringValue());
        assertTrue(assigned.body().contains("\"unit\":\"shuangcha\",\"unitName\":\"双岔镇\",\"role\":\"township\""),
                assigned.body());
        assertEquals(200, api.get("/api/v1/cases/" + unclassified, township).status(), "now it is");
        Api.Reply badUnits = api.post("/api/v1/cases/" + unclassified + "/actions",
                "{\"action\":\"assign\",\"units\":[\"beijing\"]}", lead);
        assertEquals(400, badUnits.status());
        Api.Reply byTownship = api.post("/api/v1/cases/" + unclassified + "/actions",
                "{\"action\":\"assign\",\"units\":[\"ala\"]}", township);
        assertEquals(403, byTownship.status());

        // marked as a wage complaint by mistake (the analyzer alone would have redirected it)
        String misfiled = Api.code(api.file("{\"text\":\"公司不给交社保\",\"phone\":\"13812345678\",\"wageArrears\":true}"));
        Api.Reply redirected = api.post("/api/v1/cases/" + misfiled + "/actions",
                "{\"action\":\"redirect\",\"advice\":\"social_insurance\"}", lead);
        assertEquals("redirected", redirected.json().get("status").getStringValue(), redirected.body());
        Api.Reply publicView = api.get("/api/v1/complaints/" + misfiled);
        assertEquals("redirected", publicView.json().get("status").getStringValue());
        assertTrue(publicView.body().contains("12333"), publicView.body());

        String notWage = Api.code(api.file("{\"text\":\"老板不给交社保\",\"phone\":\"13812345678\",\"wageArrears\":false}"));
        Api.Reply afterAll = api.post("/api/v1/cases/" + notWage + "/actions",
                "{\"action\":\"assign\",\"units\":[\"shuangcha\"],\"note\":\"回电核实：也欠了两个月工资\"}", lead);
        assertEquals("assigned", afterAll.json().get("status").getStringValue(), afterAll.body());
        assertEquals(0, afterAll.json().get("flags").size(), "no longer not_wage");
        assertTrue(afterAll.json().get("advice").isNull());
    }

    @Test
    void aCasePassedDownFromAboveReportsProgressTheNextDay() {
        String code = Api.code(api.fileAs(staff.token("supervisor", null), """
                {"text":"国家平台转办：尕海镇工地欠薪","phone":"13812345678","channel":"import","township":"gahai",
                 "wageArrears":true,"sector":"construction","amountYuan":300000,"workers":12}"""));
        act(code, "{\"action\":\"accept\"}");
        Api.Reply facts = act(code, "{\"action\":\"verified\",\"note\":\"当日核清\"}");
        Api.Reply progress = act(code, "{\"action\":\"progress\",\"note\":\"已责令限期支付\"}");

        ZoneId luqu = ZoneId.of("Asia/Shanghai");
        Instant filed = Instant.parse(facts.json().get("createdAt").getStringValue());
        Instant nextDay = filed.atZone(luqu).toLocalDate().plusDays(2).atStartOfDay(luqu).toInstant();
        Instant thirtyDays = filed.atZone(luqu).toLocalDate().plusDays(31).atStartOfDay(luqu).toInstant();
        assertEquals(nextDay, Instant.parse(facts.json().get("deadline").getStringValue()));
        assertEquals(thirtyDays, Instant.parse(progress.json().get("deadline").getStringValue()));
    }
}
