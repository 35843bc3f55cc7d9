package org.xinsheng.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin edits accounts: role, unit and display name, besides switching off and password resets. */
@MicronautTest(transactional = false)
class StaffAccountEditApiTest {

    @Inject Api api;
    @Inject StaffFixtures staff;

    private Api.Reply patch(String username, String body, String token) {
        return api.send(HttpRequest.PATCH("/api/v1/staff/" + username, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }

    @Test
    void anAdminMovesAHandlerToAnotherUnitAndItsOldSessionEnds() {
        String admin = staff.token("admin", null);
        String username = staff.account("handler", "langmusi");
        String before = api.login(username, StaffFixtures.PASSWORD);

        Api.Reply moved = patch(username, "{\"unit\":\"gahai\",\"displayName\":\"扎西\"}", admin);

        assertEquals(200, moved.status(), moved.body());
        assertEquals("gahai", moved.json().get("unit").getStringValue());
        assertEquals("扎西", moved.json().get("displayName").getStringValue());
        assertEquals(401, api.get("/api/v1/staff/me", before).status(), "a token of the old unit stops working");
        Api.Reply me = api.get("/api/v1/staff/me", api.login(username, StaffFixtures.PASSWORD));
        assertEquals("gahai", me.json().get("unit").getStringValue());

        Api.Reply renamedOnly = patch(username, "{\"displayName\":\"\"}", admin);
        assertEquals(200, renamedOnly.status(), renamedOnly.body());
        assertTrue(renamedOnly.json().get("displayName").isNull(), "an empty name clears it");
        assertEquals("gahai", renamedOnly.json().get("unit").getStringValue(), "fields not given stay");
    }

    @Test
    void aNewRoleOtherThanHandlerDropsTheUnitAndAHandlerNeedsOne() {
        String admin = staff.token("admin", null);
        String username = staff.account("handler", "xicang");
        String hotline = staff.account("hotline", null);

        Api.Reply promoted = patch(username, "{\"role\":\"supervisor\"}", admin);
        Api.Reply handlerWithoutUnit = patch(hotline, "{\"role\":\"handler\"}", admin);
        Api.Reply unitForHotline = patch(hotline, "{\"unit\":\"gahai\"}", admin);
        Api.Reply unknownUnit = patch(hotline, "{\"role\":\"handler\",\"unit\":\"beijing\"}", admin);
        Api.Reply badRole = patch(hotline, "{\"role\":\"boss\"}", admin);
        Api.Reply nowHandler = patch(hotline, "{\"role\":\"handler\",\"unit\":\"ala\"}", admin);

        assertEquals(200, promoted.status(), promoted.body());
        assertEquals("supervisor", promoted.json().get("role").getStringValue());
        assertTrue(promoted.json().get("unit").isNull(), promoted.body());
        for (Api.Reply bad : new Api.Reply[]{handlerWithoutUnit, unitForHotline, unknownUnit}) {
            assertEquals(400, bad.status(), bad.body());
            assertNotNull(bad.json().get("fields").get("unit"), bad.body());
        }
        assertEquals(400, badRole.status());
        assertNotNull(badRole.json().get("fields").get("role"));
        assertEquals(200, nowHandler.status(), nowHandler.body());
        assertEquals("ala", nowHandler.json().get("unit").getStringValue());
    }

    @Test
    void anAdminCannotDemoteThemselvesNorEditAnUnknownAccount() {
        String adminName = staff.account("admin", null);
        String admin = api.login(adminName, StaffFixtures.PASSWORD);

        Api.Reply demoted = patch(adminName, "{\"role\":\"hotline\"}", admin);
        Api.Reply unknown = patch("nobody-at-all", "{\"displayName\":\"x\"}", admin);
        Api.Reply extra = patch(adminName, "{\"username\":\"renamed\"}", admin);
        Api.Reply byHotline = patch(adminName, "{\"displayName\":\"x\"}", staff.token("hotline", null));

        assertEquals(400, demoted.status(), demoted.body());
        assertNotNull(demoted.json().get("fields").get("role"));
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals(400, extra.status(), extra.body());
        assertEquals(403, byHotline.status());
        assertEquals(200, api.get("/api/v1/staff/me", admin).status(), "the refused edits changed nothing");
    }
}
