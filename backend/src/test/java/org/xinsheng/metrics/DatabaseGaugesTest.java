package org.xinsheng.metrics;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.cases.CaseAssignmentRepository;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.support.Api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The overdue gauges count open cases past their deadline by unit, and skip a count while nothing was written and no
 * deadline passed. The deadline below is moved past the application (no timeline step): a skipped count still shows
 * the figure from before, one counted anew shows it.
 */
@MicronautTest(transactional = false)
class DatabaseGaugesTest {

    @Inject Api api;
    @Inject DatabaseGauges gauges;
    @Inject ComplaintRepository complaints;
    @Inject CaseAssignmentRepository assignments;
    @Inject TransactionOperations<Connection> transactions;

    @Test
    void anOverdueCaseCountsForItsUnitsOnceSomethingIsWritten() {
        long id = file("碌曲县城工地老板欠我工资九千");
        String unit = assignments.findByComplaintIdOrderById(id).get(0).unit();
        Instant t = Instant.now();
        gauges.countOverdue(t);
        double before = overdue(unit);

        pastDeadline(id, t.minus(Duration.ofDays(1)));
        gauges.countOverdue(t.plusSeconds(1));
        assertEquals(before, overdue(unit), "nothing written, no deadline passed: the last count holds");

        file("双岔镇牧场欠我们三个人工资一万五");
        gauges.countOverdue(t.plusSeconds(2));
        assertEquals(before + 1, overdue(unit), "counted anew after a filing");
    }

    private double overdue(String unit) {
        Double n = gauges.overdue(unit);
        return n == null ? 0 : n;
    }

    private long file(String text) {
        Api.Reply filed = api.postJson("/api/v1/complaints", "{\"text\":\"" + text + "\",\"phone\":\"13800138002\"}",
                null);
        assertEquals(201, filed.status(), filed.body());
        String code = filed.json().get("trackingCode").getStringValue();
        return complaints.findByTrackingCode(TrackingCodes.parse(code).orElseThrow()).orElseThrow().id();
    }

    private void pastDeadline(long id, Instant at) {
        transactions.executeWrite(status -> {
            try (PreparedStatement p = status.getConnection().prepareStatement(
                    "UPDATE case_file SET deadline_at = ? WHERE complaint_id = ?")) {
                p.setTimestamp(1, Timestamp.from(at));
                p.setLong(2, id);
                return p.executeUpdate();
            }
        });
    }
}
