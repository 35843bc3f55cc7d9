package org.xinsheng.cases;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A handler sees and acts only on their unit's cases; anything else answers exactly as an unknown case does. */
@MicronautTest(transactional = false)
class CaseAccessApiTest {

    static final String WAGE = """
            {"text":"郎木寺镇修路欠薪","phone":"13912345678","name":"卓玛才让","township":"langmusi","channel":"hotline",
             "wageArrears":true,"sector":"transport","amountYuan":90000,"workers":6,"absconded":true}""";

    @Inject
    AuditRepository audit;
    @Inject
    ComplaintRepository complaints;

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;

    @Test
    void aCaseOutsideTheCallersUnitAnswersLikeAnUnknownOneOnEveryEndpoint() {
        String code = Api.code(api.fileAs(staff.token("hotline", null), WAGE));
        String unknown = TrackingCodes.format(TrackingCodes.generate());
        String other = staff.handler("gahai");

        Api.Reply foreign = api.get("/api/v1/cases/" + code, other);
        Api.Reply missing = api.get("/api/v1/cases/" + unknown, other);
        Api.Reply foreignAction = api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"accept\"}", other);
        Api.Reply foreignBadBody = api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"fly\"}", other);
        Api.Reply missingAction = api.post("/api/v1/cases/" + unknown + "/actions", "{\"action\":\"accept\"}", other);
        String inbox = InboxPages.body(api, "/api/v1/cases", other);
        Api.Reply inboxFiltered = api.get("/api/v1/cases?unit=langmusi", other);

        for (Api.Reply r : new Api.Reply[]{foreign, foreignAction, foreignBadBody}) {
            assertEquals(404, r.status(), r.body());
            assertEquals(missing.body(), r.body());
        }
        assertEquals(missing.body(), missingAction.body());
        assertFalse(inbox.contains(code), "the inbox lists only the unit's cases");
        assertFalse(inboxFiltered.body().contains(code), "a filter does not widen what a handler sees");
        assertEquals("assigned", complaints.findByTrackingCode(code.replace("-", "")).orElseThrow().status(),
                "nothing moved");
    }

    @Test
    void onlyHandlersOfAnAssignedUnitSeeNameAndPhoneAndEachLookIsAudited() {
        String code = Api.code(api.fileAs(staff.token("hotline", null), WAGE));
        long id = complaints.findByTrackingCode(code.replace("-", "")).orElseThrow().id();

        Api.Reply township = api.get("/api/v1/cases/" + code, staff.handler("langmusi"));
        Api.Reply bureau = api.get("/api/v1/cases/" + code, staff.handler("transport"));
        Api.Reply police = api.get("/api/v1/cases/" + code, staff.handler("police"));
        int auditedSoFar = audit.findByComplaintIdOrderById(id).size();
        Api.Reply supervisor = api.get("/api/v1/cases/" + code, staff.supervisor());
        Api.Reply hotline = api.get("/api/v1/cases/" + code, staff.token("hotline", null));

        for (Api.Reply r : new Api.Reply[]{township, bureau, police}) {
            assertEquals(200, r.status(), r.body());
            assertEquals("13912345678", r.json().get("complainant").get("phone").getStringValue());
            assertEquals("卓玛才让", r.json().get("complainant").get("name").getStringValue());
        }
        assertEquals(3, auditedSoFar);
        assertTrue(audit.findByComplaintIdOrderById(id).stream().allMatch(a -> "view_contact".equals(a.action())));
        for (Api.Reply r : new Api.Reply[]{supervisor, hotline}) {
            assertEquals(200, r.status(), r.body());
            assertEquals("139****5678", r.json().get("complainant").get("phone").getStringValue());
            assertTrue(r.json().get("complainant").get("name").isNull());
            assertFalse(r.body().contains("卓玛"));
            assertFalse(r.body().contains("13912345678"));
        }
        assertEquals(3, audit.findByComplaintIdOrderById(id).size(), "masked views are not unmaskings");
    }

    @Test
    void policeAndLegalAidHelpButDoNotResolveAndTheHotlineOnlyNotes() {
        String code = Api.code(api.fileAs(staff.token("hotline", null), WAGE));
        String police = staff.handler("police");
        String hotline = staff.token("hotline", null);

        Api.Reply policeAccepts = api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"accept\"}", police);
        Api.Reply hotlineAccepts = api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"accept\"}", hotline);
        Api.Reply hotlineNotes = api.post("/api/v1/cases/" + code + "/actions",
                "{\"action\":\"note\",\"note\":\"来电询问进度\"}", hotline);
        Api.Reply policeNotes = api.post("/api/v1/cases/" + code + "/actions",
                "{\"action\":\"note\",\"note\":\"已立案侦查\"}", police);

        assertEquals(403, policeAccepts.status(), policeAccepts.body());
        assertEquals("forbidden", policeAccepts.json().get("error").getStringValue());
        assertEquals(403, hotlineAccepts.status());
        assertEquals(200, hotlineNotes.status(), hotlineNotes.body());
        assertEquals(200, policeNotes.status(), policeNotes.body());
        assertEquals("assigned", policeNotes.json().get("status").getStringValue());
        Api.Reply publicView = api.get("/api/v1/complaints/" + code);
        assertFalse(publicView.body().contains("来电询问进度"), "staff notes stay internal");
        assertFalse(publicView.body().contains("已立案侦查"));
    }

    @Test
    void theSupervisorSeesEveryCaseAndTheInboxFiltersByUnit() {
        String code = Api.code(api.fileAs(staff.token("hotline", null), WAGE));
        String supervisor = staff.supervisor();

        assertTrue(InboxPages.body(api, "/api/v1/cases", supervisor).contains(code));
        assertTrue(InboxPages.body(api, "/api/v1/cases?unit=langmusi", supervisor).contains(code));
        assertFalse(InboxPages.body(api, "/api/v1/cases?unit=gahai", supervisor).contains(code));
        assertFalse(InboxPages.body(api, "/api/v1/cases?status=closed", supervisor).contains(code));
        assertTrue(InboxPages.body(api, "/api/v1/cases", staff.handler("langmusi")).contains(code));
        Api.Reply bad = api.get("/api/v1/cases?status=lost&unit=beijing&risk=purple", supervisor);
        assertEquals(400, bad.status());
        assertEquals(3, bad.json().get("fields").size(), bad.body());
    }
}
