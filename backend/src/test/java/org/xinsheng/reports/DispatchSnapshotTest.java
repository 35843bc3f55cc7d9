package org.xinsheng.reports;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A count of the weekly dispatch is kept for dispatch-max-age: reads within it get that count and its moment at
 * once; the background recount brings in what was filed since, with a later moment.
 */
@MicronautTest(transactional = false)
@Property(name = "xinsheng.reports.dispatch-max-age", value = "1h")
class DispatchSnapshotTest {

    @Inject Api api;
    @Inject StaffFixtures staff;
    @Inject WeeklyReports reports;

    @Test
    void aKeptCountIsServedUntilTheRecountBringsInNewFilings() {
        String supervisor = staff.supervisor();
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
}
