package org.xinsheng.cases;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.staff.StaffAccount;
import org.xinsheng.support.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox's queries use the indexes meant for them, on H2 and on MariaDB: the plan of each (EXPLAIN) is printed,
 * for docs/inbox-queries.md, and must name the index. H2 writes it as a comment in the plan; MariaDB in the key column.
 */
@MicronautTest(transactional = false)
class InboxPlanTest {

    private static final StaffAccount SUPERVISOR = new StaffAccount(1L, "plan-supervisor", "-", "supervisor", null,
            null, true, Instant.now());
    private static final StaffAccount CLERK = new StaffAccount(2L, "plan-clerk", "-", "handler", "langmusi", null,
            true, Instant.now());

    @Inject
    InboxRepository inbox;
    @Inject
    Jurisdiction jurisdiction;
    @Inject
    TransactionOperations<Connection> transactions;

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("a tracking code", SUPERVISOR, Map.of("q", TrackingCodes.generate()),
                        "uq_complaint_tracking_code"),
                Arguments.of("a clerk's cases", CLERK, Map.of(), "ix_case_assignment_unit"),
                Arguments.of("a clerk's search by phone", CLERK, Map.of("q", "13912345678"), "ix_complaint_phone"),
                Arguments.of("by status, newest first", SUPERVISOR, Map.of("status", "handling", "sort", "filed"),
                        "ix_complaint_status_created"),
                Arguments.of("by township", SUPERVISOR, Map.of("township", "gahai", "sort", "filed"),
                        "ix_complaint_township_created"),
                Arguments.of("by unit", SUPERVISOR, Map.of("unit", "housing"), "ix_case_assignment_unit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void theIndexIsUsed(String name, StaffAccount caller, Map<String, String> params, String index) {
        InboxQuery query = InboxQuery.parse(new HashMap<>(params), jurisdiction);
        Instant now = Instant.now();
        for (InboxSql sql : List.of(inbox.pageSql(caller, query, now), inbox.countSql(caller, query, now))) {
            String plan = explain(sql);
            System.out.printf("EXPLAIN %s, %s:%n%s%n%s%n", TestDatabase.kind(), name, sql.text(), plan);
            assertTrue(plan.toLowerCase(Locale.ROOT).contains(index), name + " uses " + index + ":\n" + plan);
        }
    }

    private String explain(InboxSql sql) {
        return transactions.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("EXPLAIN " + sql.text())) {
                sql.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    List<String> lines = new ArrayList<>();
                    while (rs.next()) {
                        if (columns == 1) {
                            lines.add(rs.getString(1));
                            continue;
                        }
                        // MariaDB: one line per table read, with the key it reads by.
                        lines.add("table=" + rs.getString("table") + " type=" + rs.getString("type") + " key="
                                + rs.getString("key") + " rows=" + rs.getString("rows") + " extra="
                                + rs.getString("Extra"));
                    }
                    return String.join("\n", lines);
                }
            }
        });
    }
}
