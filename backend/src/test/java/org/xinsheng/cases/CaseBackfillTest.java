package org.xinsheng.cases;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Complaints stored before routing existed get their case at the next start. */
@MicronautTest(transactional = false)
class CaseBackfillTest {

    @Inject
    ComplaintRepository complaints;
    @Inject
    CaseBackfill backfill;
    @Inject
    CaseFileRepository files;
    @Inject
    CaseAssignmentRepository assignments;

    @Test
    void anOldComplaintIsRoutedByItsStoredAnalysis() {
        Instant then = Instant.now().minusSeconds(86_400);
        Complaint old = complaints.save(new Complaint(null, TrackingCodes.generate(), "web", "zh", "registered",
                "西仓镇水电站欠薪", null, "13800000009", true, null, "water", 0.9, null, 70000L, 6, "xicang", false, then, then));

        assertTrue(backfill.anyWithoutCaseFile(), "more complaints than case files");
        backfill.onStartup(null);
        backfill.onStartup(null);
        assertFalse(backfill.anyWithoutCaseFile(), "as many case files as complaints");

        assertEquals("assigned", complaints.findById(old.id()).orElseThrow().status());
        assertTrue(files.findById(old.id()).isPresent());
        assertEquals(List.of("xicang:township", "water:bureau", "hrss:lead", "justice:legal_aid"),
                assignments.findByComplaintIdOrderById(old.id()).stream().map(a -> a.unit() + ":" + a.role()).toList(),
                "routed once, though started twice");
    }
}
