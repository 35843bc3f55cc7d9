package org.xinsheng.metrics;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.cases.CaseAssignmentRepository;
import org.xinsheng.cases.CaseFileRepository;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.support.Api;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The overdue gauges count open cases past their deadline by unit; while nothing was written they only add the cases
 * whose deadline passed. The deadline below is moved past the application (no timeline step, as the application
 * writes it): a count that only added still shows what was counted before, one counted anew shows the change.
 */
@MicronautTest(transactional = false)
class DatabaseGaugesTest {

    @Inject Api api;
    @Inject DatabaseGauges gauges;
    @Inject ComplaintRepository complaints;
    @Inject CaseAssignmentRepository assignments;
    @Inject CaseFileRepository files;

    @Test
    void aCaseWhoseDeadlinePassesIsAddedAndOtherChangesWaitForAWrite() {
        long id = file("碌曲县城工地老板欠我工资九千");
        String unit = assignments.findByComplaintIdOrderById(id).get(0).unit();
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS); // the gauges bind whole seconds on MariaDB
        gauges.countOverdue(t);
        double before = overdue(unit);

        pastDeadline(id, t.plusMillis(1500));
        gauges.countOverdue(t.plusSeconds(1));
        assertEquals(before, overdue(unit), "not yet past its deadline");
        gauges.countOverdue(t.plusSeconds(2));
        assertEquals(before + 1, overdue(unit), "past it: added, without a write");

        pastDeadline(id, t.plus(Duration.ofDays(3)));
        gauges.countOverdue(t.plusSeconds(3));
        assertEquals(before + 1, overdue(unit), "moved past the application: the count is not made again");
        file("双岔镇牧场欠我们三个人工资一万五");
        gauges.countOverdue(t.plusSeconds(4));
        assertEquals(before, overdue(unit), "counted anew after a filing");
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
        files.update(files.findById(id).orElseThrow().withDeadline(at));
    }
}
