package org.xinsheng.cases;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * case_flag follows a case through the writes that change its flags, deadline or status (filing, case actions, the
 * complainant's "still not paid"): after each step its rows are those a rebuild from the case file and the complaint
 * gives, and an open case its flags raise to a level carries that level's row only while it is open.
 */
@MicronautTest(transactional = false)
class CaseFlagIndexTest {

    /** An absconded boss: the police referral flag, which Luqu's rules raise to yellow while the case is open. */
    private static final String ABSCONDED = """
            {"text":"尕海镇牧场老板跑了，欠4人工资","phone":"13812345600","township":"gahai","wageArrears":true,
             "sector":"agriculture","amountYuan":80000,"workers":4,"absconded":true}""";

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;
    @Inject
    JdbcOperations jdbc;
    @Inject
    CaseFlagIndex index;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void theRowsFollowEveryWriteOfTheCase() {
        String code = Api.code(api.file(ABSCONDED));
        long id = idOf(code);
        String supervisor = staff.supervisor();
        Map<String, Timestamp> filed = rows(id);
        assertTrue(filed.containsKey("police_referral"), filed.toString());
        assertTrue(filed.containsKey("@yellow"), "open and referred to the police: " + filed);
        assertMatchesRebuild(id, "filed");

        for (String action : List.of("{\"action\":\"accept\"}", "{\"action\":\"verified\",\"note\":\"属实\"}",
                "{\"action\":\"progress\",\"note\":\"约谈老板\"}")) {
            assertEquals(200, api.post("/api/v1/cases/" + code + "/actions", action, supervisor).status(), action);
            assertMatchesRebuild(id, action);
            assertEquals(deadlineOf(id), rows(id).get("police_referral"), "the row carries the new deadline");
        }
        assertEquals(200, api.post("/api/v1/cases/" + code + "/actions",
                "{\"action\":\"resolve\",\"route\":\"mediation\",\"amountRecoveredYuan\":80000,\"workersPaid\":4}",
                supervisor).status());
        assertFalse(rows(id).containsKey("@yellow"), "resolved: no longer raised " + rows(id));
        assertTrue(rows(id).containsKey("police_referral"), "the flag stays for the flag filter");
        assertMatchesRebuild(id, "resolved");

        assertEquals(200, api.postJson("/api/v1/complaints/" + code + "/still-not-paid", "", null).status());
        assertTrue(rows(id).containsKey("@yellow"), "open again: raised again " + rows(id));
        assertMatchesRebuild(id, "still not paid");
    }

    @Test
    void theLevelRowsAreMadeAgainWhenTheyDoNotMatchTheRules() {
        long id = idOf(Api.code(api.file(ABSCONDED)));
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "DELETE FROM case_flag WHERE complaint_id = ? AND flag = '@yellow'", ps -> {
                    ps.setLong(1, id);
                    return ps.executeUpdate();
                }));
        assertFalse(index.raisedRowsMatchRules(), "one raised case lacks its row");

        index.onStartup(null);

        assertTrue(index.raisedRowsMatchRules());
        assertTrue(rows(id).containsKey("@yellow"), rows(id).toString());
    }

    private void assertMatchesRebuild(long id, String step) {
        Map<String, Timestamp> kept = rows(id);
        index.rebuild();
        assertEquals(rows(id), kept, "after " + step);
    }

    private long idOf(String code) {
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT id FROM complaint WHERE tracking_code = ?", ps -> {
            ps.setString(1, TrackingCodes.parse(code).orElseThrow());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    private Timestamp deadlineOf(long id) {
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT deadline_at FROM case_file WHERE complaint_id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1);
            }
        }));
    }

    /** The case's rows: flag → deadline. */
    private Map<String, Timestamp> rows(long id) {
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT flag, deadline_at FROM case_flag WHERE complaint_id = ?", ps -> {
            ps.setLong(1, id);
            Map<String, Timestamp> out = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getTimestamp(2));
                }
            }
            return out;
        }));
    }
}
