package org.xinsheng.reports;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import io.micronaut.transaction.TransactionOperations;
import org.xinsheng.cases.CaseFileRepository;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A count of the weekly dispatch is kept for dispatch-max-age: reads within it get that count and its moment at
 * once; the background recount brings in what was filed since, with a later moment. A count nothing can have changed
 * since is re-dated instead of counted again; a week that has ended is kept for dispatch-full-count-every.
 */
@MicronautTest(transactional = false)
@Property(name = "xinsheng.reports.dispatch-max-age", value = "1h")
@Property(name = "xinsheng.reports.dispatch-full-count-every", value = "6h")
class DispatchSnapshotTest {

    @Inject Api api;
    @Inject StaffFixtures staff;
    @Inject WeeklyReports reports;
    @Inject ComplaintRepository complaints;
    @Inject Jurisdiction jurisdiction;
    @Inject TransactionOperations<Connection> transactions;
    @Inject CaseFileRepository files;

    @Test
    void aKeptCountIsServedUntilTheRecountBringsInNewFilings() {
        String supervisor = staff.supervisor();
        reports.refresh(); // the kept count is of now, whatever the background or the other tests counted before
        Api.Reply first = api.get("/api/v1/reports/weekly", supervisor);
        assertEquals(200, first.status(), first.body());
        int total = first.json().get("county").get("total").getIntValue();
        String asOf = first.json().get("asOf").getStringValue();

        Api.Reply filed = api.postJson("/api/v1/complaints",
                "{\"text\":\"尕海镇工地老板欠我们三个人工资两万\",\"phone\":\"13800138000\"}", null);
        assertEquals(201, filed.status(), filed.body());

        Api.Reply kept = api.get("/api/v1/reports/weekly", supervisor);
        assertEquals(asOf, kept.json().get("asOf").getStringValue(), "the kept count, with its moment");
        assertEquals(total, kept.json().get("county").get("total").getIntValue());

        reports.refresh();
        Api.Reply recounted = api.get("/api/v1/reports/weekly", supervisor);
        assertTrue(Instant.parse(recounted.json().get("asOf").getStringValue()).isAfter(Instant.parse(asOf)),
                "a later moment");
        assertEquals(total + 1, recounted.json().get("county").get("total").getIntValue());
    }

    /*
     * The weeks below lie ahead (the background refresh keeps the running and the last week, these are neither), and
     * the changes are written past the application (no complaint, timeline step or assignment added): a count that
     * was re-dated still shows the figures from before them, one counted anew shows them.
     */

    @Test
    void aCountIsReDatedWhileNothingIsWrittenAndNoDeadlinePasses() {
        long id = file("玛艾镇砂石厂老板欠我工资八千");
        Instant t = Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.SECONDS); // MariaDB: whole seconds
        IsoWeek week = IsoWeek.containing(t, ZoneId.of(jurisdiction.deadlines().timeZone()));
        deadline(id, t.plus(Duration.ofDays(30)));
        Weekly counted = reports.recount(week, t);

        sql("UPDATE complaint SET amount_yuan = COALESCE(amount_yuan, 0) + 1000 WHERE id = ?", id);
        Weekly redated = reports.recount(week, t.plusSeconds(1));
        assertEquals(t.plusSeconds(1), redated.asOf(), "re-dated to the later moment");
        assertEquals(counted.county().amountClaimedYuan(), redated.county().amountClaimedYuan(), "not counted again");

        deadline(id, t.plusMillis(1500));
        Weekly due = reports.recount(week, t.plusSeconds(2));
        assertEquals(counted.county().amountClaimedYuan(), due.county().amountClaimedYuan(), "still not counted again");
        assertEquals(counted.county().overdue() + 1, due.county().overdue(), "but its deadline passed in between");
        sql("UPDATE complaint SET amount_yuan = amount_yuan - 1000 WHERE id = ?", id);
        assertEquals(reports.count(week, t.plusSeconds(2)), due, "the figures of a count at that moment, unit by unit");

        file("尕海镇牧场欠我们两个人工资一万二");
        Weekly afterFiling = reports.recount(week, t.plusSeconds(3));
        assertEquals(due.county().total() + 1, afterFiling.county().total(), "a filing: counted again");
    }

    @Test
    void anEndedWeekIsKeptForTheFullCountInterval() {
        file("郎木寺镇宾馆工程欠薪三万");
        ZoneId zone = ZoneId.of(jurisdiction.deadlines().timeZone());
        IsoWeek week = IsoWeek.containing(Instant.now().plus(Duration.ofDays(28)), zone);
        IsoWeek next = IsoWeek.containing(week.end().plusSeconds(1), zone);
        Instant afterEnd = week.end().plusSeconds(60);
        Weekly ended = reports.weekly(week, afterEnd);
        assertEquals(week.end(), ended.asOf());
        Weekly nextCounted = reports.weekly(next, afterEnd);

        file("西仓镇工地欠我工资五千"); // filed before the end of both weeks
        assertEquals(ended.county().total(), reports.weekly(week, afterEnd.plus(Duration.ofHours(5))).county().total(),
                "an ended week is kept past dispatch-max-age");
        assertEquals(ended.county().total() + 1,
                reports.weekly(week, afterEnd.plus(Duration.ofHours(7))).county().total(),
                "and counted again after dispatch-full-count-every");
        Weekly nextLater = reports.weekly(next, afterEnd.plus(Duration.ofHours(2)));
        assertEquals(afterEnd.plus(Duration.ofHours(2)), nextLater.asOf(), "a running week: dispatch-max-age");
        assertEquals(nextCounted.county().total() + 1, nextLater.county().total());
    }

    private long file(String text) {
        Api.Reply filed = api.postJson("/api/v1/complaints",
                "{\"text\":\"" + text + "\",\"phone\":\"13800138001\"}", null);
        assertEquals(201, filed.status(), filed.body());
        String code = filed.json().get("trackingCode").getStringValue();
        return complaints.findByTrackingCode(TrackingCodes.parse(code).orElseThrow()).orElseThrow().id();
    }

    private void deadline(long id, Instant at) {
        files.update(files.findById(id).orElseThrow().withDeadline(at));
    }

    private void sql(String sql, Object... values) {
        transactions.executeWrite(status -> {
            try (PreparedStatement p = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    p.setObject(i + 1, values[i]);
                }
                return p.executeUpdate();
            }
        });
    }
}
