package org.xinsheng.tracking;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.cases.AuditEvent;
import org.xinsheng.cases.AuditRepository;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.notify.OutboxMessage;
import org.xinsheng.notify.OutboxRepository;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class HotlineLookupApiTest {

    @Inject Api api;
    @Inject StaffFixtures staff;
    @Inject AuditRepository audit;
    @Inject OutboxRepository outbox;
    @Inject ComplaintRepository complaints;

    /** A phone number no other test files with (tests share one database). */
    private static String freshPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private String fileByHotline(String hotline, String phone, String name, String extra) {
        return Api.code(api.fileAs(hotline, """
                {"text":"工地老板欠我们八个人工资四万元","phone":"%s","name":"%s","channel":"hotline",
                 "township":"langmusi","wageArrears":true,"sector":"construction"%s}""".formatted(phone, name, extra)));
    }

    private static List<String> codes(JsonNode matches) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            out.add(matches.get(i).get("trackingCode").getStringValue());
        }
        return out;
    }

    @Test
    void theHotlineFindsACallersComplaintsByPhoneWithThePublicStatusOnly() {
        String hotline = staff.token("hotline", null);
        String phone = freshPhone();
        String first = fileByHotline(hotline, phone, "卓玛", "");
        String second = fileByHotline(hotline, phone, "卓玛", "");
        fileByHotline(hotline, freshPhone(), "才让", "");

        Api.Reply found = api.get("/api/v1/hotline/lookup?phone=" + phone.substring(0, 3) + "-" + phone.substring(3),
                hotline);

        assertEquals(200, found.status(), found.body());
        assertEquals(List.of(TrackingCodes.format(TrackingCodes.parse(second).orElseThrow()),
                TrackingCodes.format(TrackingCodes.parse(first).orElseThrow())), codes(found.json().get("matches")),
                "newest first, only this caller's");
        assertFalse(found.json().get("more").getBooleanValue());
        JsonNode match = found.json().get("matches").get(0);
        assertEquals(api.get("/api/v1/complaints/" + second).json(), match, "exactly what the tracking page shows");
        assertFalse(found.body().contains("卓玛"), "never the complainant's name: " + found.body());
        assertFalse(found.body().contains(phone.substring(3, 11)), "never the phone: " + found.body());
        assertTrue(StreamSupport.stream(audit.findAll().spliterator(), false).map(AuditEvent::detail)
                .anyMatch(("phone " + org.xinsheng.intake.PhoneNumbers.mask(phone))::equals), "the lookup is audited");
    }

    @Test
    void aTrackingCodeFindsItsComplaintAndAnUnknownOneFindsNothing() {
        String hotline = staff.token("hotline", null);
        String code = fileByHotline(hotline, freshPhone(), "", "");

        Api.Reply byCode = api.get("/api/v1/hotline/lookup?code=" + code.toLowerCase().replace("-", "%20"), hotline);
        Api.Reply admin = api.get("/api/v1/hotline/lookup?code=" + code, staff.token("admin", null));
        Api.Reply nobody = api.get("/api/v1/hotline/lookup?phone=" + freshPhone(), hotline);

        assertEquals(200, byCode.status(), byCode.body());
        assertEquals(List.of(code), codes(byCode.json().get("matches")));
        assertEquals(200, admin.status(), admin.body());
        assertEquals(200, nobody.status(), nobody.body());
        assertEquals(0, nobody.json().get("matches").size());
    }

    @Test
    void onlyHotlineAndAdminLookUpAndTheQueryIsChecked() {
        String hotline = staff.token("hotline", null);
        assertEquals(403, api.get("/api/v1/hotline/lookup?phone=13912345678", staff.handler("langmusi")).status());
        assertEquals(403, api.get("/api/v1/hotline/lookup?phone=13912345678", staff.supervisor()).status());
        assertEquals(401, api.get("/api/v1/hotline/lookup?phone=13912345678").status());
        for (String query : new String[]{"", "?phone=12345", "?code=NOT-A-CODE", "?phone=13912345678&code=ABCD"}) {
            Api.Reply bad = api.get("/api/v1/hotline/lookup" + query, hotline);
            assertEquals(400, bad.status(), query + ": " + bad.body());
            assertEquals("validation_failed", bad.json().get("error").getStringValue());
            assertEquals(1, bad.json().get("fields").size(), bad.body());
        }
    }

    @Test
    void aCallFiledInTibetanSendsTheWorkerTibetanSmsAlthoughTheNotesAreChinese() {
        String hotline = staff.token("hotline", null);
        String tibetan = fileByHotline(hotline, freshPhone(), "", ",\"language\":\"bo\"");
        String chinese = fileByHotline(hotline, freshPhone(), "", ",\"language\":\"zh\"");

        OutboxMessage bo = smsOf(tibetan);
        OutboxMessage zh = smsOf(chinese);
        assertEquals("bo", bo.language());
        assertTrue(bo.body().contains("འཚོལ་ཨང་"), bo.body());
        assertEquals("zh", zh.language());
        assertTrue(zh.body().contains("已登记"), zh.body());
    }

    private OutboxMessage smsOf(String code) {
        long id = complaints.findByTrackingCode(TrackingCodes.parse(code).orElseThrow()).orElseThrow().id();
        return outbox.findByComplaintIdOrderById(id).get(0);
    }
}
