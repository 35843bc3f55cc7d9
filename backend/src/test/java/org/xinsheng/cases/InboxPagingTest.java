package org.xinsheng.cases;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.staff.StaffService;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;
import org.xinsheng.support.TestDatabase;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox's filters, sorts and pages against a set of cases written straight into the database, each answer
 * checked against the same cases filtered and sorted in Java (risk by {@link RiskLevels}). Every case of the set
 * carries one employer name made for this run, so {@code q=} confines the answers to it in a shared database. Pages
 * are walked 7 at a time; many cases share their filing time and deadline, so ties must break by id.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxPagingTest {

    private static final String EMPLOYER = "分页测试" + UUID.randomUUID().toString().substring(0, 8) + "公司";
    private static final List<String> STATUSES = List.of("registered", "assigned", "verifying", "handling",
            "resolved", "closed", "redirected");
    private static final List<String> TOWNSHIPS = List.of("langmusi", "gahai", "ala");
    private static final List<Duration> DEADLINES = Stream.of(null, Duration.ofDays(5), Duration.ofDays(5),
            Duration.ofHours(-2), Duration.ofHours(-30), Duration.ofHours(-80)).toList();

    @Inject
    Api api;
    @Inject
    StaffService staffService;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    CaseFlagIndex flagIndex;
    @Inject
    Jurisdiction jurisdiction;

    /** One case of the set, as written. */
    record Fixture(long id, String code, String status, String township, List<String> units, String sector,
                   String employer, String phone, Instant createdAt, Instant deadline, List<String> flags) {
    }

    private final List<Fixture> cases = new ArrayList<>();
    private String supervisor;
    private String langmusi;

    @BeforeAll
    void writeCases() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String phonePrefix = "139" + String.format("%04d", (int) (Math.random() * 10_000));
        for (int i = 0; i < 44; i++) {
            String township = TOWNSHIPS.get(i % 3);
            List<String> units = i % 4 == 0 ? List.of(township, "housing") : List.of(township);
            List<String> flags = i % 11 == 0 ? List.of("needs_triage", "police_referral")
                    : i % 5 == 0 ? List.of("task_force") : i % 7 == 0 ? List.of("needs_triage") : List.of();
            Duration deadline = DEADLINES.get(i % DEADLINES.size());
            cases.add(new Fixture(0, TrackingCodes.generate(), STATUSES.get(i % STATUSES.size()), township, units,
                    i % 2 == 0 ? "construction" : "water", EMPLOYER + (i % 3 == 0 ? "路桥" : "牧业"),
                    phonePrefix + String.format("%04d", i), now.minus(Duration.ofDays(4 + i / 4)), // before any deadline
                    deadline == null ? null : now.plus(deadline), flags));
        }
        transactions.executeWrite(status -> {
            Connection c = status.getConnection();
            for (int i = 0; i < cases.size(); i++) {
                Fixture f = cases.get(i);
                long id;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO complaint (tracking_code, channel, lang,"
                        + " status, story, complainant_phone, sector, employer, township, created_at, updated_at)"
                        + " VALUES (?, 'web', 'zh', ?, '欠薪', ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, f.code());
                    ps.setString(2, f.status());
                    ps.setString(3, f.phone());
                    ps.setString(4, f.sector());
                    ps.setString(5, f.employer());
                    ps.setString(6, f.township());
                    ps.setTimestamp(7, Timestamp.from(f.createdAt()));
                    ps.setTimestamp(8, Timestamp.from(f.createdAt()));
                    ps.executeUpdate();
                    try (var keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO case_file (complaint_id, flags, deadline_at, filed_at)"
                                + " SELECT id, ?, ?, created_at FROM complaint WHERE id = ?")) {
                    ps.setLong(3, id);
                    ps.setString(1, String.join(" ", f.flags()));
                    if (f.deadline() == null) {
                        ps.setNull(2, Types.TIMESTAMP);
                    } else {
                        ps.setTimestamp(2, Timestamp.from(f.deadline()));
                    }
                    ps.executeUpdate();
                }
                for (String unit : f.units()) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_assignment (complaint_id, unit,"
                            + " role, created_at) VALUES (?, ?, ?, ?)")) {
                        ps.setLong(1, id);
                        ps.setString(2, unit);
                        ps.setString(3, unit.equals("housing") ? "bureau" : "township");
                        ps.setTimestamp(4, Timestamp.from(f.createdAt()));
                        ps.executeUpdate();
                    }
                }
                cases.set(i, new Fixture(id, f.code(), f.status(), f.township(), f.units(), f.sector(),
                        f.employer(), f.phone(), f.createdAt(), f.deadline(), f.flags()));
            }
            return null;
        });
        flagIndex.rebuild(); // the case files above were written with SQL, around CaseFlagIndex
        StaffFixtures staff = new StaffFixtures(staffService, api);
        supervisor = staff.supervisor();
        langmusi = staff.handler("langmusi");
    }

    static Stream<Arguments> filtersAndSorts() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return Stream.of(
                row("all, most at risk first", "", f -> true),
                row("by deadline", "sort=deadline", f -> true),
                row("newest filed first", "sort=filed", f -> true),
                row("status", "status=handling", f -> f.status().equals("handling")),
                row("unit", "unit=housing", f -> f.units().contains("housing")),
                row("risk red", "risk=red", f -> true),
                row("risk yellow", "risk=yellow", f -> true),
                row("risk none, by deadline", "risk=none&sort=deadline", f -> true),
                row("overdue", "overdue=true", f -> f.deadline() != null && f.deadline().isBefore(Instant.now())),
                row("needs triage", "flag=needs_triage", f -> f.flags().contains("needs_triage")),
                row("sector", "sector=water", f -> f.sector().equals("water")),
                row("township", "township=gahai", f -> f.township().equals("gahai")),
                row("filed in a date range", "from=" + today.minusDays(6) + "&to=" + today.minusDays(3)
                        + "&sort=filed", f -> true),
                row("filed since a day, most at risk first", "from=" + today.minusDays(6), f -> true),
                row("filed since a day, red", "from=" + today.minusDays(12) + "&risk=red", f -> true),
                row("filed since a day, yellow", "from=" + today.minusDays(12) + "&risk=yellow", f -> true),
                row("filed since a day, none", "from=" + today.minusDays(12) + "&risk=none", f -> true),
                row("filed since a day, a flag", "from=" + today.minusDays(12) + "&flag=needs_triage",
                        f -> f.flags().contains("needs_triage")),
                row("filed until a day, by deadline", "to=" + today.minusDays(4) + "&sort=deadline", f -> true),
                row("several at once", "status=handling&sector=construction&sort=filed",
                        f -> f.status().equals("handling") && f.sector().equals("construction")),
                row("part of the employer", "q-suffix=路桥", f -> f.employer().endsWith("路桥")));
    }

    private static Arguments row(String name, String query, Predicate<Fixture> where) {
        return Arguments.of(name, query, where);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("filtersAndSorts")
    void everyPageInOrderEachCaseOnce(String name, String query, Predicate<Fixture> where) {
        String q = query.startsWith("q-suffix=") ? EMPLOYER + query.substring("q-suffix=".length()) : EMPLOYER;
        String filters = query.startsWith("q-suffix=") ? "" : query;
        Instant now = Instant.now();
        List<Fixture> expected = cases.stream().filter(where)
                .filter(f -> riskFilter(filters) == null || riskFilter(filters).equals(risk(f, now)))
                .filter(f -> inDateRange(f, filters))
                .sorted(order(filters, now)).toList();

        List<String> seen = walk("/api/v1/cases?limit=7&q=" + encoded(q)
                + (filters.isEmpty() ? "" : "&" + filters), supervisor, expected.size(), now);

        assertEquals(expected.stream().map(f -> TrackingCodes.format(f.code())).toList(), seen,
                name + " on " + TestDatabase.kind());
        assertTrue(expected.size() >= 3, "the table row tests something: " + name);
    }

    @Test
    void aHandlerPagesThroughTheirUnitsCasesOnly() {
        Instant now = Instant.now();
        List<String> expected = cases.stream().filter(f -> f.units().contains("langmusi")).sorted(order("", now))
                .map(f -> TrackingCodes.format(f.code())).toList();
        assertEquals(expected, walk("/api/v1/cases?limit=4&q=" + encoded(EMPLOYER), langmusi, expected.size(), now));
        List<String> redOnes = cases.stream().filter(f -> f.units().contains("langmusi"))
                .filter(f -> risk(f, now).equals("red")).sorted(order("", now))
                .map(f -> TrackingCodes.format(f.code())).toList();
        assertEquals(redOnes, walk("/api/v1/cases?limit=2&risk=red&q=" + encoded(EMPLOYER), langmusi, redOnes.size(), now));
    }

    @Test
    void searchByTrackingCodeAndByPhoneOnlyForTheHandlersOfTheCase() {
        Fixture ours = cases.stream().filter(f -> f.township().equals("langmusi")).findFirst().orElseThrow();
        Fixture theirs = cases.stream().filter(f -> f.township().equals("gahai")).findFirst().orElseThrow();
        String formatted = TrackingCodes.format(ours.code());

        assertEquals(List.of(formatted), codes(api.get("/api/v1/cases?q=" + formatted, supervisor)));
        assertEquals(List.of(formatted), codes(api.get("/api/v1/cases?q=" + ours.code().toLowerCase(), langmusi)));
        assertEquals(List.of(), codes(api.get("/api/v1/cases?q=" + TrackingCodes.format(theirs.code()), langmusi)));
        assertEquals(List.of(formatted), codes(api.get("/api/v1/cases?q=" + ours.phone(), langmusi)));
        assertEquals(List.of(), codes(api.get("/api/v1/cases?q=" + theirs.phone(), langmusi)));
        Api.Reply bySupervisor = api.get("/api/v1/cases?q=" + ours.phone(), supervisor);
        assertEquals(List.of(), codes(bySupervisor), "supervisors do not see complainants' phones");
        assertEquals("0", bySupervisor.header("X-Total-Count"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("badValues")
    void badValuesAre400NamingTheField(String field, String query) {
        Api.Reply reply = api.get("/api/v1/cases?" + query, supervisor);
        assertEquals(400, reply.status(), reply.body());
        assertNotNull(reply.json().get("fields").get(field), reply.body());
    }

    static Stream<Arguments> badValues() {
        String filedCursor = new InboxCursor("filed", Instant.now(), 0, null, Instant.now(), 1).encode();
        return Stream.of(Arguments.of("limit", "limit=0"), Arguments.of("limit", "limit=201"),
                Arguments.of("limit", "limit=ten"), Arguments.of("sort", "sort=amount"),
                Arguments.of("cursor", "cursor=not-ours"), Arguments.of("cursor", "sort=risk&cursor=" + filedCursor),
                Arguments.of("overdue", "overdue=yes"), Arguments.of("from", "from=2026-13-01"),
                Arguments.of("to", "from=2026-03-02&to=2026-03-01"), Arguments.of("township", "township=beijing"),
                Arguments.of("sector", "sector=mining"), Arguments.of("q", "q=" + "x".repeat(101)));
    }

    @Test
    void oneLinkPerFollowingPageAndTheTotalOnEach() {
        Api.Reply first = api.get("/api/v1/cases?limit=40&sort=filed&q=" + encoded(EMPLOYER), supervisor);
        assertEquals(200, first.status(), first.body());
        assertEquals(Integer.toString(cases.size()), first.header("X-Total-Count"));
        assertTrue(first.header("Access-Control-Expose-Headers").contains("X-Total-Count"));
        String link = first.header("Link");
        assertTrue(link.endsWith(">; rel=\"next\"") && link.contains("limit=40") && link.contains("sort=filed"), link);
        Api.Reply second = api.get(link.substring(1, link.indexOf('>')), supervisor);
        assertEquals(cases.size() - 40, second.json().size());
        assertNull(second.header("Link"), "no next page after the last");
        assertEquals(Integer.toString(cases.size()), second.header("X-Total-Count"));
    }

    /** Follows the Link headers from the first page to the last; every page carries the same total. */
    private List<String> walk(String uri, String token, int total, Instant now) {
        List<String> seen = new ArrayList<>();
        Set<String> once = new HashSet<>();
        String next = uri;
        int pages = 0;
        while (next != null) {
            Api.Reply page = api.get(next, token);
            assertEquals(200, page.status(), page.body());
            assertEquals(Integer.toString(total), page.header("X-Total-Count"), next);
            for (JsonNode c : page.json().values()) {
                String code = c.get("trackingCode").getStringValue();
                assertTrue(once.add(code), "twice: " + code);
                seen.add(code);
                Fixture f = cases.stream().filter(x -> TrackingCodes.format(x.code()).equals(code)).findFirst()
                        .orElseThrow();
                assertEquals(risk(f, now), c.get("risk").getStringValue(), "risk of " + code);
            }
            String link = page.header("Link");
            next = link == null ? null : link.substring(1, link.indexOf('>'));
            assertTrue(++pages <= cases.size(), "the pages end");
        }
        return seen;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> codes(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        List<String> codes = new ArrayList<>();
        reply.json().values().forEach(c -> codes.add(c.get("trackingCode").getStringValue()));
        return codes;
    }

    private String risk(Fixture f, Instant now) {
        List<String> open = List.of("registered", "assigned", "verifying", "handling");
        return RiskLevels.level(f.deadline(), open.contains(f.status()) ? f.flags() : List.of(), now,
                jurisdiction.risk());
    }

    private static String riskFilter(String query) {
        for (String p : query.split("&")) {
            if (p.startsWith("risk=")) {
                return p.substring(5);
            }
        }
        return null;
    }

    private static boolean inDateRange(Fixture f, String query) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate filed = f.createdAt().atZone(zone).toLocalDate();
        for (String p : query.split("&")) {
            if (p.startsWith("from=") && filed.isBefore(LocalDate.parse(p.substring(5)))) {
                return false;
            }
            if (p.startsWith("to=") && filed.isAfter(LocalDate.parse(p.substring(3)))) {
                return false;
            }
        }
        return true;
    }

    private Comparator<Fixture> order(String query, Instant now) {
        Comparator<Fixture> byDeadline = Comparator.comparing(Fixture::deadline,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Fixture> byFiled = Comparator.comparing(Fixture::createdAt).thenComparing(Fixture::id);
        if (query.contains("sort=filed")) {
            return byFiled.reversed();
        }
        if (query.contains("sort=deadline")) {
            return byDeadline.thenComparing(byFiled);
        }
        return Comparator.comparing((Fixture f) -> -RiskLevels.rank(risk(f, now))).thenComparing(byDeadline)
                .thenComparing(byFiled);
    }
}
