package org.xinsheng.cases;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.staff.StaffService;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inbox sorts by risk (red first), then by deadline; overdue cases rise by the jurisdiction's rules. */
@MicronautTest(transactional = false)
class InboxApiTest {

    @Inject
    Api api;

    @Inject
    StaffService staffService;
    @Inject
    ComplaintRepository complaints;
    @Inject
    CaseFileRepository files;

    @Test
    void mostAtRiskFirstThenByDeadline() {
        String handler = new StaffFixtures(staffService, api).handler("ala");
        String onTime = file(api, 1, null);
        String blue = file(api, 2, Duration.ofHours(2));
        String yellow = file(api, 3, Duration.ofHours(30));
        String red = file(api, 4, Duration.ofHours(80));
        String yellowByFlag = file(api, 40, null);

        JsonNode inbox = InboxPages.json(api, "/api/v1/cases?unit=ala", handler);

        List<String> order = new ArrayList<>();
        for (JsonNode c : inbox.values()) {
            String code = c.get("trackingCode").getStringValue();
            if (List.of(onTime, blue, yellow, red, yellowByFlag).contains(code)) {
                order.add(code);
                assertTrue(c.get("complainant") == null && c.get("phone") == null, "no contact in the inbox");
            }
        }
        assertEquals(List.of(red, yellow, yellowByFlag, blue, onTime), order);
        JsonNode first = inbox.values().iterator().next();
        assertTrue(first.get("overdue").getBooleanValue());
        assertEquals("red", first.get("risk").getStringValue());
        String reds = InboxPages.body(api, "/api/v1/cases?unit=ala&risk=red", handler);
        assertTrue(reds.contains(red) && !reds.contains(yellow) && !reds.contains(onTime));
    }

    /** Files a wage case in Ala and, if given, moves its deadline that far into the past. */
    private String file(Api api, int workers, Duration overdue) {
        // by the hotline: the headcount is taken as said (an anonymous one would be a hint)
        String code = Api.code(api.fileAs(new StaffFixtures(staffService, api).token("hotline", null), """
                {"text":"阿拉乡欠薪","phone":"13700000000","township":"ala","wageArrears":true,"sector":"agriculture","channel":"hotline",
                 "amountYuan":60000,"workers":%d}""".formatted(workers)));
        if (overdue != null) {
            long id = complaints.findByTrackingCode(code.replace("-", "")).orElseThrow().id();
            files.update(files.findById(id).orElseThrow().withDeadline(Instant.now().minus(overdue)));
        }
        return code;
    }
}
