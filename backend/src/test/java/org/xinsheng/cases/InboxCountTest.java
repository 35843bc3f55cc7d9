package org.xinsheng.cases;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.staff.StaffAccount;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox's total reads one table when the filters name only one (InboxRepository.countOf, InboxRisk.count), over
 * the whole shared test database: each total must equal the number of cases a walk through every page of the same
 * query finds, and the risk levels' pages must hold only cases of that level by {@link RiskLevels}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxCountTest {

    private static final StaffAccount SUPERVISOR = new StaffAccount(1L, "count-supervisor", "-", "supervisor", null,
            null, true, Instant.now());
    private static final StaffAccount CLERK = new StaffAccount(2L, "count-clerk", "-", "handler", "gahai", null,
            true, Instant.now());
    // no "handling": on the shared test database MariaDB then scans for InboxPlanTest's status=handling (size-dependent)
    private static final List<String> STATUSES = List.of("registered", "assigned", "verifying", "resolved", "closed");
    /** Ten days back: about half the cases written (one a day) were filed since. */
    private static final String SINCE = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10).toString();
    private static final List<Duration> DEADLINES = Stream.of(null, Duration.ofDays(3), Duration.ofHours(-2),
            Duration.ofHours(-30), Duration.ofHours(-80)).toList();

    @Inject
    InboxRepository inbox;
    @Inject
    Jurisdiction jurisdiction;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    CaseFlagIndex flagIndex;

    @BeforeAll
    void writeCases() {
        Instant now = Instant.now();
        transactions.executeWrite(status -> {
            Connection c = status.getConnection();
            for (int i = 0; i < 25; i++) {
                long id;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO complaint (tracking_code, channel, lang,"
                        + " status, story, complainant_phone, township, created_at, updated_at)"
                        + " VALUES (?, 'web', 'zh', ?, '欠薪', '13900000000', ?, ?, ?)",
                        PreparedStatement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, TrackingCodes.generate());
                    ps.setString(2, STATUSES.get(i % STATUSES.size()));
                    ps.setString(3, i % 2 == 0 ? "gahai" : "ala");
                    ps.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(i))));
                    ps.setTimestamp(5, Timestamp.from(now.minus(Duration.ofDays(i))));
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
                    ps.setString(1, i % 3 == 0 ? "task_force" : i % 4 == 0 ? "needs_triage" : "");
                    Duration due = DEADLINES.get(i % DEADLINES.size());
                    if (due == null) {
                        ps.setNull(2, Types.TIMESTAMP);
                    } else {
                        ps.setTimestamp(2, Timestamp.from(now.plus(due)));
                    }
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_assignment (complaint_id, unit,"
                        + " role, created_at) VALUES (?, ?, 'township', ?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, i % 2 == 0 ? "gahai" : "ala");
                    ps.setTimestamp(3, Timestamp.from(now));
                    ps.executeUpdate();
                }
            }
            return null;
        });
        flagIndex.rebuild(); // the case files above were written with SQL, around CaseFlagIndex
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("everything", SUPERVISOR, Map.of(), "FROM case_file f WHERE"),
                Arguments.of("a clerk's cases", CLERK, Map.of(), "FROM case_assignment a"),
                Arguments.of("one unit", SUPERVISOR, Map.of("unit", "ala"), "FROM case_assignment a"),
                Arguments.of("one status", SUPERVISOR, Map.of("status", "assigned"), "FROM complaint c WHERE"),
                Arguments.of("red", SUPERVISOR, Map.of("risk", "red"), "FROM case_file f WHERE"),
                Arguments.of("yellow", SUPERVISOR, Map.of("risk", "yellow"), "FROM case_flag r WHERE"),
                Arguments.of("blue, a clerk's", CLERK, Map.of("risk", "blue"), "FROM case_file f WHERE"),
                Arguments.of("none", SUPERVISOR, Map.of("risk", "none"), "FROM case_flag r WHERE"),
                Arguments.of("a flag", SUPERVISOR, Map.of("flag", "needs_triage"), "FROM case_flag g WHERE"),
                Arguments.of("a flag, yellow", SUPERVISOR, Map.of("flag", "task_force", "risk", "yellow"),
                        "FROM case_flag g WHERE"),
                Arguments.of("a flag, none, a clerk's", CLERK, Map.of("flag", "needs_triage", "risk", "none"),
                        "FROM case_flag g WHERE"),
                Arguments.of("overdue, by deadline", SUPERVISOR, Map.of("overdue", "true", "sort", "deadline"),
                        "FROM case_file f WHERE"),
                Arguments.of("a township, by filing", SUPERVISOR, Map.of("township", "ala", "sort", "filed"),
                        "FROM complaint c WHERE"),
                Arguments.of("a flag, by filing", SUPERVISOR, Map.of("flag", "task_force", "sort", "filed"),
                        "FROM case_flag g WHERE"),
                // a filing date counts from the complaints' filing index, or in the walk a risk level or flag reads
                Arguments.of("filed since", SUPERVISOR, Map.of("from", SINCE), "FROM complaint c WHERE"),
                Arguments.of("filed since, red", SUPERVISOR, Map.of("from", SINCE, "risk", "red"),
                        "FROM case_file f WHERE"),
                Arguments.of("filed since, none", SUPERVISOR, Map.of("from", SINCE, "risk", "none"),
                        "FROM case_flag r WHERE"),
                Arguments.of("filed until, yellow, a clerk's", CLERK, Map.of("to", SINCE, "risk", "yellow"),
                        "FROM case_flag r WHERE"),
                Arguments.of("filed since, a flag", SUPERVISOR, Map.of("from", SINCE, "flag", "needs_triage"),
                        "FROM case_flag g WHERE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theTotalIsTheCasesOfEveryPage(String name, StaffAccount caller, Map<String, String> params, String from) {
        Map<String, String> given = new HashMap<>(params);
        given.put("limit", "200");
        InboxQuery query = InboxQuery.parse(given, jurisdiction);
        Instant now = Instant.now();
        assertTrue(inbox.countSql(caller, query, now).text().contains(from),
                name + " counts " + from + ": " + inbox.countSql(caller, query, now).text());
        transactions.executeRead(status -> {
            long total = inbox.count(caller, query, now);
            Set<Long> seen = new HashSet<>();
            InboxQuery page = query;
            while (true) {
                InboxRepository.Page rows = inbox.page(caller, page, now);
                for (InboxRepository.Row row : rows.rows()) {
                    assertTrue(seen.add(row.id()), name + ": case " + row.id() + " on two pages");
                    if (query.risk() != null) {
                        String level = RiskLevels.level(row.deadline(), row.flags().isBlank() ? List.of()
                                : List.of(row.flags().split(" ")), now, jurisdiction.risk());
                        boolean open = CaseStatus.isOpen(row.status());
                        String expected = open ? level : RiskLevels.level(row.deadline(), List.of(), now,
                                jurisdiction.risk());
                        assertEquals(query.risk(), expected, name + ": case " + row.id());
                    }
                }
                if (!rows.more()) {
                    break;
                }
                InboxRepository.Row last = rows.rows().get(rows.rows().size() - 1);
                page = withCursor(query, new InboxCursor(query.sort(), now, last.rank(), last.deadline(),
                        last.createdAt(), last.id()));
            }
            assertTrue(total > 0, name + " finds some of the cases written");
            assertEquals(seen.size(), total, name);
            return null;
        });
    }

    private static InboxQuery withCursor(InboxQuery q, InboxCursor cursor) {
        return new InboxQuery(q.sort(), q.limit(), cursor, q.status(), q.unit(), q.risk(), q.overdue(), q.flag(),
                q.sector(), q.township(), q.from(), q.to(), q.trackingCode(), q.phone(), q.employer());
    }
}
