package org.xinsheng.employers;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repeat-employer list, read from the kept tally, names and townships, against the same list computed from the
 * employer links and the complaints as the list was before V32 (every link counted, every status read): after each
 * kind of write that could make them differ, on whichever database the test run uses.
 */
@MicronautTest(transactional = false)
class RepeatEmployerListTest {

    @Inject Api api;
    @Inject StaffFixtures staff;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject EmployerLinkRepository links;
    @Inject ComplaintRepository complaints;
    @Inject EmployerBackfill backfill;
    @Inject EmployerLinks employerLinks;
    @Inject EmployerTally tally;

    String unique;

    @BeforeEach
    void setUp() {
        unique = UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 8);
    }

    /** A scenario: its writes, then the key of each employer it made and that employer's expected counts. */
    interface Scenario {
        Map<String, int[]> run(RepeatEmployerListTest t);
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("three filings, all open", (Scenario) t -> {
                    String e = t.name("建筑");
                    t.file(e, "gahai", 3);
                    return Map.of(t.key(e), new int[] {3, 3});
                }),
                Arguments.of("resolved, closed, reopened by the worker", (Scenario) t -> {
                    String e = t.name("路桥");
                    List<String> codes = t.file(e, "maai", 4);
                    String supervisor = t.staff.supervisor();
                    for (String code : codes.subList(0, 2)) {
                        t.act(code, supervisor, "{\"action\":\"accept\"}", "{\"action\":\"verified\",\"note\":\"属实\"}",
                                "{\"action\":\"resolve\",\"route\":\"mediation\",\"amountRecoveredYuan\":900,"
                                        + "\"workersPaid\":2}");
                    }
                    t.act(codes.get(1), supervisor, "{\"action\":\"follow_up\",\"confirmed\":true,\"note\":\"已收到\"}",
                            "{\"action\":\"close\"}");
                    t.act(codes.get(2), supervisor, "{\"action\":\"accept\"}"); // open to open: no change
                    assertEquals(200, t.api.postJson("/api/v1/complaints/" + codes.get(0) + "/still-not-paid", "",
                            null).status());
                    return Map.of(t.key(e), new int[] {4, 3});
                }),
                Arguments.of("corrected: not a wage case, and another employer's name", (Scenario) t -> {
                    String e = t.name("劳务");
                    List<String> codes = t.file(e, "langmusi", 3);
                    String supervisor = t.staff.supervisor();
                    Api.Reply notWage = t.api.post("/api/v1/cases/" + codes.get(0) + "/corrections",
                            "{\"wageArrears\":false}", supervisor);
                    assertEquals(200, notWage.status(), notWage.body());
                    assertEquals("redirected", notWage.json().get("status").getStringValue());
                    // the list counts the employer a complaint was filed against: a corrected name moves nothing
                    Api.Reply renamed = t.api.post("/api/v1/cases/" + codes.get(1) + "/corrections",
                            "{\"employer\":\"" + t.name("餐饮") + "\"}", supervisor);
                    assertEquals(200, renamed.status(), renamed.body());
                    return Map.of(t.key(e), new int[] {3, 2});
                }),
                Arguments.of("two groups merged by a third filing", (Scenario) t -> {
                    String e = t.name("牧业");
                    String a = t.file(e, "xicang", 1).get(0);
                    t.moveFiling(a, Duration.ofDays(31)); // a is no group's member when b is filed
                    String b = t.file(e, "xicang", 1).get(0);
                    t.moveFiling(a, Duration.ofDays(-30)); // now both are within 30 days: two lone roots
                    t.file(e, "xicang", 1); // near both: they become one group
                    assertEquals(t.groupOf(a), t.groupOf(b), "merged");
                    return Map.of(t.key(e), new int[] {3, 3});
                }),
                Arguments.of("ties in count: by key", (Scenario) t -> {
                    String first = t.name("商贸A");
                    String second = t.name("商贸B");
                    t.file(second, "ala", 3);
                    t.file(first, "ala", 3);
                    String more = t.name("商贸C");
                    t.file(more, "ala", 4);
                    List<String> order = t.listedKeys();
                    assertTrue(order.indexOf(t.key(more)) < order.indexOf(t.key(first)), "more complaints first");
                    assertTrue(order.indexOf(t.key(first)) < order.indexOf(t.key(second)), "then by key");
                    return Map.of(t.key(first), new int[] {3, 3}, t.key(second), new int[] {3, 3},
                            t.key(more), new int[] {4, 4});
                }),
                Arguments.of("linked by the backfill, status moved after it was read", (Scenario) t -> {
                    String e = t.name("物流");
                    Instant at = Instant.now().minus(Duration.ofDays(50));
                    List<Complaint> saved = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        saved.add(t.complaints.save(new Complaint(null, TrackingCodes.generate(), "web", "zh",
                                "assigned", "欠薪", null, "13800000000", true, null, "transport", 1.0, e, 1000L, 1,
                                "shuangcha", false, at.plusSeconds(i), at.plusSeconds(i))));
                    }
                    // EmployerBackfill reads the complaints before it links them, one transaction each: a status
                    // written in between must be the one counted
                    t.transactions.executeWrite(status -> {
                        t.employerLinks.record(saved.get(0), saved.get(0).createdAt());
                        return null;
                    });
                    t.sql("UPDATE complaint SET status = 'closed' WHERE id = " + saved.get(1).id());
                    t.transactions.executeWrite(status -> {
                        t.employerLinks.record(saved.get(1), saved.get(1).createdAt()); // as read: assigned
                        t.tally.follow(saved.get(1).id());
                        return null;
                    });
                    t.backfill.link();
                    return Map.of(t.key(e), new int[] {3, 2});
                }),
                Arguments.of("links written without the application, counted at start", (Scenario) t -> {
                    String e = t.name("装饰");
                    t.file(e, "gahai", 2);
                    Instant at = Instant.now().minus(Duration.ofDays(3));
                    for (String status : List.of("closed", "handling", "resolved")) {
                        Complaint c = t.complaints.save(new Complaint(null, TrackingCodes.generate(), "web", "zh",
                                status, "欠薪", null, "13800000000", true, null, "construction", 1.0, e, 1000L, 1,
                                "gahai", false, at, at));
                        t.bulkLink(c.id(), t.key(e), e, "maai", at);
                    }
                    t.backfill.link();
                    return Map.of(t.key(e), new int[] {5, 3});
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theListMatchesTheLinksAndComplaints(String name, Scenario scenario) {
        Map<String, int[]> expected = scenario.run(this);
        Map<String, JsonNode> listed = listed();
        for (Map.Entry<String, int[]> e : expected.entrySet()) {
            JsonNode row = listed.get(e.getKey());
            assertTrue(row != null, e.getKey() + " is listed");
            assertEquals(e.getValue()[0], row.get("complaints").getIntValue(), name + ": complaints");
            assertEquals(e.getValue()[1], row.get("open").getIntValue(), name + ": open");
            assertEquals(reference(e.getKey()), shown(row), name + ": as counted from the links and complaints");
        }
    }

    // --- what the list shows, and the same computed from the links and complaints (the list before V32)

    private Map<String, JsonNode> listed() {
        Api.Reply reply = api.get("/api/v1/employers/repeat?min=2&limit=500", staff.supervisor());
        assertEquals(200, reply.status(), reply.body());
        Map<String, JsonNode> out = new LinkedHashMap<>();
        reply.json().values().forEach(e -> out.put(e.get("employerKey").getStringValue(), e));
        return out;
    }

    List<String> listedKeys() {
        return new ArrayList<>(listed().keySet());
    }

    private static Map<String, Object> shown(JsonNode row) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("complaints", row.get("complaints").getIntValue());
        out.put("open", row.get("open").getIntValue());
        out.put("last", Instant.parse(row.get("lastFiledAt").getStringValue()));
        out.put("names", strings(row.get("names")));
        out.put("townships", strings(row.get("townships")));
        List<String> cases = new ArrayList<>();
        row.get("cases").values().forEach(c -> cases.add(c.get("trackingCode").getStringValue() + " "
                + c.get("status").getStringValue() + " " + Instant.parse(c.get("filedAt").getStringValue())));
        out.put("cases", cases);
        return out;
    }

    private Map<String, Object> reference(String key) {
        return transactions.executeRead(status -> {
            Map<String, Object> out = new LinkedHashMap<>();
            jdbc.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN c.status IN ('registered', 'assigned', 'verifying',"
                    + " 'handling') THEN 1 ELSE 0 END), MAX(l.filed_at) FROM employer_link l"
                    + " JOIN complaint c ON c.id = l.complaint_id WHERE l.employer_key = ?", ps -> {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put("complaints", rs.getInt(1));
                    out.put("open", rs.getInt(2));
                    out.put("last", rs.getTimestamp(3).toInstant());
                }
                return null;
            });
            LinkedHashSet<String> names = new LinkedHashSet<>();
            TreeSet<String> townships = new TreeSet<>();
            jdbc.prepareStatement("SELECT employer, township, MIN(complaint_id) AS first_complaint FROM employer_link"
                    + " WHERE employer_key = ? GROUP BY employer, township ORDER BY first_complaint", ps -> {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                        if (rs.getString(2) != null) {
                            townships.add(rs.getString(2));
                        }
                    }
                }
                return null;
            });
            out.put("names", new ArrayList<>(names));
            out.put("townships", new ArrayList<>(townships));
            List<String> cases = new ArrayList<>();
            jdbc.prepareStatement("SELECT c.tracking_code, c.status, c.created_at FROM employer_link l"
                    + " JOIN complaint c ON c.id = l.complaint_id WHERE l.employer_key = ?"
                    + " ORDER BY l.complaint_id DESC LIMIT 20", ps -> {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        cases.add(TrackingCodes.format(rs.getString(1)) + " " + rs.getString(2) + " "
                                + rs.getTimestamp(3).toInstant());
                    }
                }
                return null;
            });
            Collections.reverse(cases);
            out.put("cases", cases);
            return out;
        });
    }

    // --- helpers the scenarios use

    String name(String trade) {
        return "碌曲" + unique + trade + "有限公司";
    }

    String key(String employer) {
        return EmployerNames.key(employer).orElseThrow();
    }

    List<String> file(String employer, String township, int times) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            codes.add(Api.code(api.file("""
                    {"text":"工地欠薪","phone":"13812345678","township":"%s","wageArrears":true,"sector":"construction",
                     "employer":"%s","amountYuan":%d,"workers":2}""".formatted(township, employer, 10000 + i))));
        }
        return codes;
    }

    void act(String code, String token, String... actions) {
        for (String action : actions) {
            Api.Reply reply = api.post("/api/v1/cases/" + code + "/actions", action, token);
            assertEquals(200, reply.status(), action + ": " + reply.body());
        }
    }

    long idOf(String code) {
        return complaints.findByTrackingCode(TrackingCodes.parse(code).orElseThrow()).orElseThrow().id();
    }

    void moveFiling(String code, Duration back) {
        EmployerLink link = links.findById(idOf(code)).orElseThrow();
        links.update(new EmployerLink(link.complaintId(), link.employerKey(), link.employer(), link.township(),
                link.filedAt().minus(back), link.groupId(), link.status()));
    }

    Long groupOf(String code) {
        return links.findById(idOf(code)).orElseThrow().groupId();
    }

    /** A link written without the application (a bulk load of other data): no status copy. */
    void bulkLink(long id, String key, String employer, String township, Instant at) {
        transactions.executeWrite(status -> jdbc.prepareStatement("INSERT INTO employer_link (complaint_id,"
                + " employer_key, employer, township, filed_at, group_id) VALUES (?, ?, ?, ?, ?, NULL)", ps -> {
            ps.setLong(1, id);
            ps.setString(2, key);
            ps.setString(3, employer);
            ps.setString(4, township);
            ps.setTimestamp(5, Timestamp.from(at));
            return ps.executeUpdate();
        }));
    }

    void sql(String statement) {
        transactions.executeWrite(status -> jdbc.prepareStatement(statement, ps -> ps.executeUpdate()));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.getStringValue()));
        return out;
    }
}
