package org.xinsheng.employers;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class EmployerBackfillTest {

    @Inject ComplaintRepository complaints;
    @Inject EmployerLinkRepository links;
    @Inject EmployerBackfill backfill;

    @Test
    void complaintsFiledBeforeLinksExistedAreLinkedAndGroupedAsOfTheirFilingTime() {
        String name = "碌曲" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6) + "牧业有限公司";
        Instant t = Instant.now().minus(Duration.ofDays(100));
        Long a = save(name, t);
        Long b = save(name, t.plus(Duration.ofDays(3)));
        Long c = save(name, t.plus(Duration.ofDays(60)));
        backfill.link();
        EmployerLink la = links.findById(a).orElseThrow();
        assertEquals(EmployerNames.key(name).orElseThrow(), la.employerKey());
        assertEquals(a, la.groupId());
        assertEquals(a, links.findById(b).orElseThrow().groupId());
        assertTrue(links.findById(c).orElseThrow().groupId() == null, "60 days later is no group");
        assertEquals(0, backfill.link(), "linked once");
    }

    @Test
    void aNameWithoutAKeyIsLeftUnlinked() {
        Long a = save("有限公司", Instant.now().minus(Duration.ofDays(5)));
        backfill.link();
        assertTrue(links.findById(a).isEmpty());
    }

    private Long save(String employer, Instant at) {
        return complaints.save(new Complaint(null, TrackingCodes.generate(), "web", "zh", "assigned", "欠薪", null,
                "13800000000", true, null, "agriculture", 1.0, employer, 1000L, 1, "xicang", false, at, at)).id();
    }
}
