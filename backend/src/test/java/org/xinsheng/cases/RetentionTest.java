package org.xinsheng.cases;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.support.Api;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class RetentionTest {

    @Inject
    Api api;

    @Inject
    ComplaintRepository complaints;
    @Inject
    AuditRepository audit;
    @Inject
    Retention retention;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void namesAndPhonesOfLongClosedCasesAreErasedWithAnAuditEventAndADryRunChangesNothing() {
        Complaint old = filed(api, "老板赵六欠我工资三千", "13911112222");
        Complaint recent = filed(api, "老板钱七欠我工资五千", "13933334444");
        closedAgo(old, Duration.ofDays(400));
        closedAgo(recent, Duration.ofDays(10));

        List<Long> wouldBe = retention.anonymize(Instant.now(), true);
        assertTrue(wouldBe.contains(old.id()));
        assertFalse(wouldBe.contains(recent.id()));
        assertEquals("13911112222", complaints.findById(old.id()).orElseThrow().complainantPhone(), "dry run");

        retention.anonymize(Instant.now(), false);

        Complaint erased = complaints.findById(old.id()).orElseThrow();
        assertEquals("", erased.complainantPhone());
        assertNull(erased.complainantName());
        assertTrue(erased.text().contains("赵六"), "the story stays for the ledger");
        assertEquals("13933334444", complaints.findById(recent.id()).orElseThrow().complainantPhone());
        assertTrue(audit.findAll().stream().anyMatch(a -> old.id().equals(a.complaintId()) && "anonymize".equals(a.action())));
        assertFalse(retention.anonymize(Instant.now(), true).contains(old.id()), "done once");
    }

    private Complaint filed(Api api, String text, String phone) {
        Api.Reply reply = api.file("{\"text\":\"" + text + "\",\"phone\":\"" + phone + "\",\"name\":\"测试人\"}");
        String code = TrackingCodes.parse(reply.json().get("trackingCode").getStringValue()).orElseThrow();
        return complaints.findByTrackingCode(code).orElseThrow();
    }

    private void closedAgo(Complaint complaint, Duration ago) {
        int updated = transactions.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection()
                    .prepareStatement("UPDATE case_file SET closed_at = ? WHERE complaint_id = ?")) {
                s.setTimestamp(1, Timestamp.from(Instant.now().minus(ago)));
                s.setLong(2, complaint.id());
                return s.executeUpdate();
            }
        });
        assertEquals(1, updated);
    }
}
