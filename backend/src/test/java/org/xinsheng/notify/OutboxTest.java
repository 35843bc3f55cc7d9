package org.xinsheng.notify;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.cases.CaseComplaints;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.staff.StaffService;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class OutboxTest {

    @Inject @Client("/") HttpClient http;
    @Inject JsonMapper json;
    @Inject StaffService staffService;
    @Inject OutboxRepository outbox;
    @Inject OutboxSender sender;
    @Inject Notifier notifier;
    @Inject RecordingSmsGateway gateway;
    @Inject ComplaintRepository complaints;
    @Inject CaseComplaints caseComplaints;
    @Inject TransactionOperations<Connection> transactions;

    @Inject
    Api api;

    /** Runs the sender at the given moment until nothing more is due (other tests leave messages pending too). */
    private void drain(Instant at) {
        while (sender.runOnce(at) > 0) {
            // next batch
        }
    }

    private Complaint byCode(String code) {
        return complaints.findByTrackingCode(TrackingCodes.parse(code).orElseThrow()).orElseThrow();
    }

    @Test
    void filingAndEachStatusChangeQueueAnSmsInTheWorkersLanguage() {
        String code = Api.code(api.file("""
                {"text":"尕海镇牧场欠薪","phone":"13812340001","township":"gahai","wageArrears":true,
                 "sector":"agriculture","amountYuan":8000,"workers":1}"""));
        Complaint c = byCode(code);
        List<OutboxMessage> queued = outbox.findByComplaintIdOrderById(c.id());
        assertEquals(1, queued.size());
        assertEquals("filed", queued.get(0).kind());
        assertEquals(OutboxMessage.PENDING, queued.get(0).state());
        assertTrue(queued.get(0).body().contains(code) && queued.get(0).body().contains("已登记"), queued.get(0).body());
        String handler = new StaffFixtures(staffService, api).handler("gahai");
        assertEquals(200, api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"accept\"}", handler).status());
        assertEquals(200, api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"note\",\"note\":\"x\"}",
                handler).status());
        queued = outbox.findByComplaintIdOrderById(c.id());
        assertEquals(List.of("filed", "status.verifying"), queued.stream().map(OutboxMessage::kind).toList());

        String bo = Api.code(api.file("""
                {"text":"ང་ཚོའི་གླ་ཕོགས་མ་སྤྲད།","phone":"13812340002","language":"bo","township":"gahai",
                 "wageArrears":true,"sector":"agriculture"}"""));
        OutboxMessage tibetan = outbox.findByComplaintIdOrderById(byCode(bo).id()).get(0);
        assertEquals("bo", tibetan.language());
        assertTrue(tibetan.body().contains("འཚོལ་ཨང་" + bo), tibetan.body());
    }

    @Test
    void theOutboxRowRollsBackWithItsStatusChange() {
        Complaint c = byCode(Api.code(api.file("""
                {"text":"欠薪","phone":"13812340003","township":"gahai","wageArrears":true,"sector":"agriculture"}""")));
        int before = outbox.findByComplaintIdOrderById(c.id()).size();
        assertThrows(IllegalStateException.class, () -> transactions.executeWrite(status -> {
            assertEquals(1, caseComplaints.move(c.id(), c.status(), "verifying", Instant.now()));
            notifier.statusChanged(c, "verifying", Instant.now());
            assertEquals(before + 1, outbox.findByComplaintIdOrderById(c.id()).size());
            throw new IllegalStateException("the action fails after both writes");
        }));
        assertEquals(c.status(), complaints.findById(c.id()).orElseThrow().status());
        assertEquals(before, outbox.findByComplaintIdOrderById(c.id()).size());
    }

    @Test
    void twoCompetingSendersDeliverEachMessageOnce() throws Exception {
        compete();
        assertTrue(sender.usesSkipLocked(), "H2 2.3 (MySQL mode) and MariaDB 10.6+ accept FOR UPDATE SKIP LOCKED");
    }

    @Test
    void withoutSkipLockedTheConditionalClaimAloneKeepsThemApart() throws Exception {
        sender.useSkipLocked(false);
        try {
            compete();
        } finally {
            sender.useSkipLocked(null);
        }
    }

    private void compete() throws Exception {
        Complaint c = byCode(Api.code(api.file("""
                {"text":"欠薪","phone":"13812340004","township":"gahai","wageArrears":true,"sector":"agriculture"}""")));
        Instant now = Instant.now();
        transactions.executeWrite(status -> {
            for (int i = 0; i < 60; i++) {
                notifier.statusChanged(c, "handling", now);
            }
            return null;
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Integer> drain = () -> {
            int n = 0;
            int claimed;
            while ((claimed = sender.runOnce(Instant.now())) > 0) {
                n += claimed;
            }
            return n;
        };
        List<Future<Integer>> runs = pool.invokeAll(List.of(drain, drain));
        pool.shutdown();
        int claimedTotal = 0;
        for (Future<Integer> run : runs) {
            claimedTotal += run.get();
        }
        List<OutboxMessage> mine = outbox.findByComplaintIdOrderById(c.id());
        assertEquals(61, mine.size());
        Map<Long, Integer> deliveries = new HashMap<>();
        gateway.sent.forEach(s -> deliveries.merge(s.id(), 1, Integer::sum));
        for (OutboxMessage m : mine) {
            assertEquals(OutboxMessage.SENT, m.state(), m.toString());
            assertEquals(1, m.attempts());
            assertEquals(1, deliveries.getOrDefault(m.id(), 0), "deliveries of " + m.id());
        }
        assertTrue(claimedTotal >= 61);
        assertTrue(deliveries.values().stream().allMatch(n -> n == 1), "a message went out twice");
    }

    @Test
    void aFailedSendIsRetriedWithBackoffAndGivenUpAfterTheLastAttempt() {
        String phone = "13812340005";
        gateway.failing.add(phone);
        Complaint c = byCode(Api.code(api.file("""
                {"text":"欠薪","phone":"13812340005","township":"gahai","wageArrears":true,"sector":"agriculture"}""")));
        Instant t = Instant.now();
        drain(t);
        OutboxMessage m = outbox.findByComplaintIdOrderById(c.id()).get(0);
        assertEquals(OutboxMessage.PENDING, m.state());
        assertEquals(1, m.attempts());
        assertTrue(m.nextAttemptAt().isAfter(t.plusSeconds(20)), "waits before the next attempt");
        assertEquals("gateway unreachable", m.lastError());
        assertEquals(Duration.ofSeconds(60), sender.delay(2));
        drain(t.plusSeconds(10)); // not due yet
        assertEquals(1, outbox.findById(m.id()).orElseThrow().attempts());
        gateway.failing.remove(phone);
        drain(Instant.now().plus(Duration.ofMinutes(1)));
        m = outbox.findById(m.id()).orElseThrow();
        assertEquals(OutboxMessage.SENT, m.state());
        assertEquals(2, m.attempts());

        String other = "13812340006";
        gateway.failing.add(other);
        Complaint d = byCode(Api.code(api.file("""
                {"text":"欠薪","phone":"13812340006","township":"gahai","wageArrears":true,"sector":"agriculture"}""")));
        Instant later = Instant.now();
        for (int i = 0; i < 8; i++) {
            later = later.plus(Duration.ofHours(7));
            drain(later);
        }
        OutboxMessage failed = outbox.findByComplaintIdOrderById(d.id()).get(0);
        assertEquals(OutboxMessage.FAILED, failed.state());
        assertEquals(8, failed.attempts());
    }

    @Test
    void oldSentTextsAreDeletedAndPendingOnesKept() {
        Complaint c = byCode(Api.code(api.file("""
                {"text":"欠薪","phone":"13812340007","township":"gahai","wageArrears":true,"sector":"agriculture"}""")));
        drain(Instant.now());
        Instant later = Instant.now().plus(Duration.ofDays(91));
        transactions.executeWrite(status -> {
            notifier.statusChanged(c, "handling", later);
            return null;
        });
        outbox.purgeDone(later.minus(Duration.ofDays(90)));
        List<OutboxMessage> left = outbox.findByComplaintIdOrderById(c.id());
        assertEquals(List.of("status.handling"), left.stream().map(OutboxMessage::kind).toList());
        assertEquals(OutboxMessage.PENDING, left.get(0).state());
    }

    @Test
    void theZhAndBoTextsHaveTheSameKeysAndPlaceholders() {
        var zh = SmsTexts.bundle("zh");
        var bo = SmsTexts.bundle("bo");
        assertEquals(zh.stringPropertyNames(), bo.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            assertTrue(zh.getProperty(key).contains("{code}") && bo.getProperty(key).contains("{code}"), key);
            assertTrue(zh.getProperty(key).length() <= 70, key + " is longer than one SMS");
        }
        for (String status : List.of("assigned", "verifying", "handling", "resolved", "closed", "redirected")) {
            assertTrue(SmsTexts.has("status." + status), status);
        }
    }
}
