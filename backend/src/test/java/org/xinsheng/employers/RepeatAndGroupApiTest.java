package org.xinsheng.employers;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.staff.StaffService;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class RepeatAndGroupApiTest {

    @Inject @Client("/") HttpClient http;
    @Inject JsonMapper json;
    @Inject StaffService staffService;
    @Inject EmployerLinkRepository links;
    @Inject ComplaintRepository complaints;

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;
    String unique;

    @BeforeEach
    void setUp() {
        unique = UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
    }

    private String file(String employer, String township, long amount) {
        return Api.code(api.file("""
                {"text":"工地欠薪","phone":"13812345678","township":"%s","wageArrears":true,"sector":"construction",
                 "employer":"%s","amountYuan":%d,"workers":2}""".formatted(township, employer, amount)));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.getStringValue()));
        return out;
    }

    @Test
    void theThirdComplaintAgainstAnEmployerIsFlaggedAndTheyAreGroupedByTownship() {
        String a = file("甘肃" + unique + "建筑有限公司", "gahai", 10000);
        String b = file("甘肃 " + unique + " 建筑公司", "gahai", 20000);
        String c = file("甘肃" + unique + "建筑有限责任公司", "gahai", 30000);
        String d = file("甘肃" + unique + "建筑", "langmusi", 40000);
        String handler = staff.handler("gahai");
        JsonNode first = api.get("/api/v1/cases/" + a, handler).json();
        JsonNode third = api.get("/api/v1/cases/" + c, handler).json();
        assertFalse(strings(first.get("flags")).contains("repeat_employer"));
        assertFalse(strings(api.get("/api/v1/cases/" + b, handler).json().get("flags")).contains("repeat_employer"));
        assertTrue(strings(third.get("flags")).contains("repeat_employer"));

        // a, b and c: one group, each with its own code, claim and status.
        assertEquals(200, api.post("/api/v1/cases/" + b + "/actions", "{\"action\":\"accept\"}", handler).status());
        JsonNode group = api.get("/api/v1/cases/" + a, handler).json().get("group");
        assertEquals(3, group.get("members").size());
        List<String> codes = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        group.get("members").values().forEach(m -> {
            codes.add(m.get("trackingCode").getStringValue());
            statuses.add(m.get("status").getStringValue());
        });
        assertEquals(List.of(a, b, c), codes);
        assertEquals(List.of("assigned", "verifying", "assigned"), statuses);
        assertEquals(20000, group.get("members").get(1).get("amountYuan").getLongValue());
        assertEquals(group.get("id").getLongValue(), third.get("group").get("id").getLongValue());

        // d: another township, no group, but the employer's fourth complaint.
        JsonNode fourth = api.get("/api/v1/cases/" + d, staff.handler("langmusi")).json();
        assertTrue(fourth.get("group") == null || fourth.get("group").isNull());
        assertTrue(strings(fourth.get("flags")).contains("repeat_employer"));

        Api.Reply list = api.get("/api/v1/employers/repeat", staff.supervisor());
        assertEquals(200, list.status(), list.body());
        JsonNode mine = null;
        for (JsonNode e : list.json().values()) {
            if (e.get("employerKey").getStringValue().equals("甘肃" + unique + "建筑")) {
                mine = e;
            }
        }
        assertTrue(mine != null, list.body());
        assertEquals(4, mine.get("complaints").getIntValue());
        assertEquals(List.of("gahai", "langmusi"), strings(mine.get("townships")));
        assertEquals(4, mine.get("names").size());
        assertEquals(403, api.get("/api/v1/employers/repeat", handler).status());
    }

    @Test
    void groupMembersInUnitsTheCallerCannotSeeAreCountedNotShown() {
        String employer = "玛艾" + unique + "路桥工程公司";
        String housing = file(employer, "maai", 10000);
        String transport = Api.code(api.file("""
                {"text":"修路欠薪","phone":"13812345678","township":"maai","wageArrears":true,"sector":"transport",
                 "employer":"%s","amountYuan":77777,"workers":3}""".formatted(employer)));

        Api.Reply seen = api.get("/api/v1/cases/" + housing, staff.handler("housing"));
        assertEquals(200, seen.status(), seen.body());
        JsonNode group = seen.json().get("group");
        assertEquals(2, group.get("total").getIntValue());
        assertEquals(1, group.get("notShown").getIntValue());
        assertEquals(1, group.get("members").size());
        assertEquals(housing, group.get("members").get(0).get("trackingCode").getStringValue());
        assertFalse(seen.body().contains(transport), seen.body());
        assertFalse(seen.body().contains("77777"), seen.body());
        // the handler cannot open it either
        assertEquals(404, api.get("/api/v1/cases/" + transport, staff.handler("housing")).status());

        // the township handles both, a supervisor sees all
        for (String token : List.of(staff.handler("maai"), staff.supervisor())) {
            JsonNode all = api.get("/api/v1/cases/" + housing, token).json().get("group");
            assertEquals(2, all.get("members").size());
            assertEquals(0, all.get("notShown").getIntValue());
        }
    }

    @Test
    void complaintsMoreThan30DaysApartAreNotGrouped() {
        String old = file("碌曲" + unique + "劳务公司", "maai", 5000);
        Long id = complaints.findByTrackingCode(TrackingCodes.parse(old).orElseThrow()).orElseThrow().id();
        EmployerLink link = links.findById(id).orElseThrow();
        links.update(new EmployerLink(link.complaintId(), link.employerKey(), link.employer(), link.township(),
                link.filedAt().minus(Duration.ofDays(31)), null, link.status()));
        String fresh = file("碌曲" + unique + "劳务有限公司", "maai", 6000);
        JsonNode view = api.get("/api/v1/cases/" + fresh, staff.supervisor()).json();
        assertTrue(view.get("group") == null || view.get("group").isNull(), view.toString());
    }
}
