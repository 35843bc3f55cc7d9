package org.xinsheng.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class StaffAuthApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    StaffRepository accounts;

    @Inject
    Api api;
    @Inject
    StaffFixtures staff;

    @Test
    void loginGivesABearerTokenThatOpensTheStaffEndpoints() {
        String username = staff.account("handler", "langmusi");
        Api.Reply login = api.postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + StaffFixtures.PASSWORD + "\"}", null);

        assertEquals(200, login.status(), login.body());
        String token = login.json().get("access_token").getStringValue();
        assertEquals("Bearer", login.json().get("token_type").getStringValue());
        assertTrue(login.json().get("expires_in").getIntValue() > 0);
        assertEquals("handler", login.json().get("role").getStringValue());
        assertEquals("郎木寺镇", login.json().get("unitName").getStringValue());
        Api.Reply me = api.get("/api/v1/staff/me", token);
        assertEquals(200, me.status(), me.body());
        assertEquals("langmusi", me.json().get("unit").getStringValue());
        assertEquals(200, api.get("/api/v1/cases", token).status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong password | WRONG
            unknown user   | NOUSER
            """)
    void badCredentialsAnswer401WithoutSayingWhichWasWrong(String why, String mode) {
        String username = staff.account("supervisor", null);
        String body = "WRONG".equals(mode)
                ? "{\"username\":\"" + username + "\",\"password\":\"not the password\"}"
                : "{\"username\":\"nobody-here\",\"password\":\"" + StaffFixtures.PASSWORD + "\"}";

        Api.Reply reply = api.postJson("/api/v1/auth/login", body, null);

        assertEquals(401, reply.status(), why);
        assertEquals("invalid_credentials", reply.json().get("error").getStringValue());
        assertEquals("Wrong user name or password.", reply.json().get("message").getStringValue());
    }

    @Test
    void aLoginWithoutFieldsNamesThemAll() {
        Api.Reply reply = api.postJson("/api/v1/auth/login", "{}", null);
        assertEquals(400, reply.status());
        assertEquals(2, reply.json().get("fields").size(), reply.body());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /api/v1/cases", "GET, /api/v1/cases/ABCD-EFGH-JKLMN", "POST, /api/v1/cases/ABCD-EFGH-JKLMN/actions",
            "GET, /api/v1/staff", "POST, /api/v1/staff", "GET, /api/v1/staff/me", "GET, /api/v1/forgotten",
            "POST, /api/v1/routing/preview"})
    void staffEndpointsWithoutAValidTokenAnswer401InTheErrorShape(String method, String uri) {
        for (String token : new String[]{null, "not.a.token", forged()}) {
            var request = "GET".equals(method) ? HttpRequest.GET(uri)
                    : HttpRequest.POST(uri, "{}").contentType(MediaType.APPLICATION_JSON_TYPE);
            if (token != null) {
                request.bearerAuth(token);
            }
            Api.Reply reply = api.send(request);
            assertEquals(401, reply.status(), uri + " with " + token + ": " + reply.body());
            assertEquals("unauthorized", reply.json().get("error").getStringValue());
            assertTrue(reply.json().get("fields").isObject());
        }
    }

    /** A token signed with another secret. */
    private static String forged() {
        return "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbImFkbWluIl19."
                + "c2lnbmVkLXdpdGgtYW5vdGhlci1zZWNyZXQtMDEyMzQ1Njc4OQ";
    }

    @Test
    void publicEndpointsStayAnonymous() {
        Api.Reply filed = api.file("{\"text\":\"欠薪\",\"phone\":\"13800138000\"}");
        assertEquals(201, filed.status());
        assertEquals(200, api.get("/api/v1/complaints/" + Api.code(filed)).status());
        assertEquals(200, api.get("/health").status());
        assertTrue(http.toBlocking().retrieve(HttpRequest.GET("/").accept(MediaType.TEXT_HTML_TYPE)).contains("id=\"app\""));
        Api.Reply rating = api.postJson("/api/v1/complaints/" + Api.code(filed) + "/rating", "{\"score\":5}", null);
        assertEquals(409, rating.status(), "reaches the endpoint (not resolved yet), not 401: " + rating.body());
    }

    @Test
    void theFirstAdminExistsAndPasswordsAreStoredAsSlowHashes() {
        StaffAccount admin = accounts.findByUsername("admin").orElseThrow();
        assertEquals("admin", admin.role());
        assertTrue(admin.passwordHash().startsWith("pbkdf2-sha256$"), admin.passwordHash());
        String username = staff.account("hotline", null);
        StaffAccount hotline = accounts.findByUsername(username).orElseThrow();
        assertFalse(hotline.passwordHash().contains(StaffFixtures.PASSWORD));
        assertFalse(hotline.toString().contains("pbkdf2"));
    }

    @Test
    void onlyAnAdminManagesAccountsAndRolesAndUnitsAreChecked() {
        String admin = staff.token("admin", null);
        String supervisor = staff.supervisor();

        Api.Reply created = api.post("/api/v1/staff", """
                {"username":"new-handler-%s","password":"long enough password","role":"handler","unit":"gahai"}"""
                .formatted(System.nanoTime()), admin);
        Api.Reply byASupervisor = api.post("/api/v1/staff", """
                {"username":"sneaky","password":"long enough password","role":"admin"}""", supervisor);
        Api.Reply badRoleAndUnit = api.post("/api/v1/staff", """
                {"username":"x","password":"short","role":"boss","unit":"beijing"}""", admin);
        Api.Reply handlerWithoutUnit = api.post("/api/v1/staff", """
                {"username":"no-unit-handler","password":"long enough password","role":"handler"}""", admin);

        assertEquals(201, created.status(), created.body());
        assertEquals("gahai", created.json().get("unit").getStringValue());
        assertNotNull(created.json().get("username"));
        assertTrue(created.json().get("password") == null && !created.body().contains("pbkdf2"));
        assertEquals(403, byASupervisor.status());
        assertEquals("forbidden", byASupervisor.json().get("error").getStringValue());
        assertEquals(400, badRoleAndUnit.status());
        assertEquals(3, badRoleAndUnit.json().get("fields").size(), badRoleAndUnit.body());
        assertEquals(400, handlerWithoutUnit.status());
        assertNotNull(handlerWithoutUnit.json().get("fields").get("unit"));
        assertEquals(200, api.get("/api/v1/staff", admin).status());
        assertEquals(403, api.get("/api/v1/staff", supervisor).status());
    }

    @Test
    void tooManyFailedLoginsMakeTheNameWait() {
        String username = staff.account("handler", "xicang");
        String wrong = "{\"username\":\"" + username + "\",\"password\":\"guess-guess\"}";
        for (int i = 0; i < 10; i++) {
            assertEquals(401, api.postJson("/api/v1/auth/login", wrong, null).status());
        }
        Api.Reply locked = api.postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + StaffFixtures.PASSWORD + "\"}", null);

        assertEquals(429, locked.status(), locked.body());
        assertEquals("too_many_attempts", locked.json().get("error").getStringValue());
        String other = staff.account("handler", "xicang");
        assertEquals(200, api.postJson("/api/v1/auth/login",
                "{\"username\":\"" + other + "\",\"password\":\"" + StaffFixtures.PASSWORD + "\"}", null).status(),
                "other names are not affected");
    }

    @Test
    void aNewPasswordRevokesTheAccountsEarlierTokens() {
        String username = staff.account("handler", "maai");
        String first = api.login(username, StaffFixtures.PASSWORD);
        String second = api.login(username, StaffFixtures.PASSWORD);
        String admin = staff.token("admin", null);
        assertEquals(200, api.get("/api/v1/staff/me", first).status());

        Api.Reply reset = api.send(io.micronaut.http.HttpRequest.PATCH("/api/v1/staff/" + username,
                "{\"password\":\"reset by the admin\"}").contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin));

        assertEquals(200, reset.status(), reset.body());
        for (String old : new String[]{first, second}) {
            Api.Reply me = api.get("/api/v1/staff/me", old);
            assertEquals(401, me.status(), "a token from before the reset: " + me.body());
            assertEquals("unauthorized", me.json().get("error").getStringValue());
            assertEquals(401, api.get("/api/v1/cases", old).status());
        }
        String afterReset = api.login(username, "reset by the admin");
        assertEquals(200, api.get("/api/v1/staff/me", afterReset).status());
        String other = api.login(username, "reset by the admin");

        Api.Reply changed = api.post("/api/v1/staff/me/password",
                "{\"currentPassword\":\"reset by the admin\",\"newPassword\":\"chosen by the owner\"}", afterReset);

        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, api.get("/api/v1/staff/me", other).status(), "another session's token");
        assertEquals(401, api.get("/api/v1/staff/me", afterReset).status(), "the changing session's own token");
        assertEquals(200, api.get("/api/v1/staff/me", api.login(username, "chosen by the owner")).status());
        Api.Reply adminStill = api.get("/api/v1/staff/me", admin);
        assertEquals(200, adminStill.status(), "other accounts' tokens are untouched");
    }

    @Test
    void theHotlineConsolePreviewsWhereACallWouldGo() {
        String hotline = staff.token("hotline", null);
        Api.Reply preview = api.post("/api/v1/routing/preview", """
                {"wageArrears":true,"sector":"water","township":"xicang","amountYuan":20000,"workers":3}""", hotline);
        Api.Reply bad = api.post("/api/v1/routing/preview", "{\"sector\":\"mining\",\"phone\":\"1\"}", hotline);

        assertEquals(200, preview.status(), preview.body());
        assertEquals("assigned", preview.json().get("status").getStringValue());
        assertEquals("西仓镇", preview.json().get("assignments").get(0).get("unitName").getStringValue());
        assertEquals("县水务局", preview.json().get("assignments").get(1).get("unitName").getStringValue());
        assertEquals("fast_track", preview.json().get("flags").get(0).getStringValue());
        assertEquals(400, bad.status());
        assertEquals(2, bad.json().get("fields").size());
    }

    @Test
    void staffChangeTheirPasswordAndAnAdminSwitchesAccountsOff() {
        String username = staff.account("handler", "ala");
        String token = api.login(username, StaffFixtures.PASSWORD);
        String admin = staff.token("admin", null);

        Api.Reply wrongCurrent = api.post("/api/v1/staff/me/password",
                "{\"currentPassword\":\"nope\",\"newPassword\":\"short\"}", token);
        Api.Reply changed = api.post("/api/v1/staff/me/password",
                "{\"currentPassword\":\"" + StaffFixtures.PASSWORD + "\",\"newPassword\":\"a brand new secret\"}", token);

        assertEquals(400, wrongCurrent.status());
        assertEquals(2, wrongCurrent.json().get("fields").size(), wrongCurrent.body());
        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, api.postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + StaffFixtures.PASSWORD + "\"}", null).status());
        String fresh = api.login(username, "a brand new secret");

        Api.Reply off = api.send(io.micronaut.http.HttpRequest.PATCH("/api/v1/staff/" + username, "{\"active\":false}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin));
        assertEquals(200, off.status(), off.body());
        assertFalse(off.json().get("active").getBooleanValue());
        assertEquals(401, api.get("/api/v1/cases", fresh).status(), "a switched-off account's token stops at once");
        assertEquals(401, api.postJson("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"a brand new secret\"}", null).status());
        Api.Reply byHandler = api.send(io.micronaut.http.HttpRequest.PATCH("/api/v1/staff/admin", "{\"active\":false}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(staff.handler("ala")));
        assertEquals(403, byHandler.status());
    }
}
