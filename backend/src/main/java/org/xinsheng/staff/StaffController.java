package org.xinsheng.staff;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.xinsheng.web.ErrorAnswers;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.xinsheng.web.ApiException;
import org.xinsheng.web.JsonBody;

import java.util.List;
import java.util.Set;

/**
 * GET /api/v1/staff/me: the caller's account; POST /api/v1/staff/me/password {"currentPassword","newPassword"}
 * changes its password. Admins only: GET /api/v1/staff lists accounts, POST /api/v1/staff
 * {"username","password","role","unit","displayName"} creates one (a handler names its unit), PATCH
 * /api/v1/staff/{username} {"active","password","role","unit","displayName"} edits one: switches it off or on,
 * resets its password, moves it to another role or unit. The bodies are NewAccount and AccountChange in
 * components.yml.
 */
@Controller("/api/v1/staff")
@ErrorAnswers
@SecurityRequirement(name = "staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class StaffController {

    private final StaffService staff;
    private final StaffRepository accounts;
    private final JsonMapper json;

    public StaffController(StaffService staff, StaffRepository accounts, JsonMapper json) {
        this.staff = staff;
        this.accounts = accounts;
        this.json = json;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Account(String username, String role, @Nullable String unit, @Nullable String displayName,
                          boolean active) {

        static Account of(StaffAccount a) {
            return new Account(a.username(), a.role(), a.unit(), a.displayName(), a.active());
        }
    }

    @Get(uri = "/me", produces = MediaType.APPLICATION_JSON)
    public Account me(Authentication authentication) {
        return Account.of(staff.current(authentication));
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public List<Account> list(Authentication authentication) {
        admin(authentication);
        return accounts.findAllOrderByUsername().stream().map(Account::of).toList();
    }

    @ApiResponse(responseCode = "201", description = "Account created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Account.class)))
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Account> create(Authentication authentication, @RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/NewAccount"))) @Nullable @Body String body) {
        admin(authentication);
        JsonBody in = JsonBody.parse(json, body);
        in.onlyFields(Set.of("username", "password", "role", "unit", "displayName"));
        String username = in.requiredString("username", 64).orElse(null);
        String password = in.requiredString("password", 200).orElse(null);
        String role = in.requiredString("role", 16).orElse(null);
        String unit = in.string("unit", 32).orElse(null);
        String displayName = in.string("displayName", 64).orElse(null);
        in.throwIfInvalid();
        return HttpResponse.<Account>status(HttpStatus.CREATED)
                .body(Account.of(staff.create(username, password, role, unit, displayName)));
    }

    @ApiResponse(responseCode = "204", description = "Password changed")
    @Post(uri = "/me/password", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<Void> changePassword(Authentication authentication, @RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/PasswordChange"))) @Nullable @Body String body) {
        StaffAccount caller = staff.current(authentication);
        JsonBody in = JsonBody.parse(json, body);
        in.onlyFields(Set.of("currentPassword", "newPassword"));
        String current = in.requiredString("currentPassword", 200).orElse(null);
        String next = in.requiredString("newPassword", 200).orElse(null);
        in.throwIfInvalid();
        staff.changePassword(caller, current, next);
        return HttpResponse.noContent();
    }

    @Patch(uri = "/{username}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public Account update(Authentication authentication, String username, @RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/AccountChange"))) @Nullable @Body String body) {
        StaffAccount caller = admin(authentication);
        JsonBody in = JsonBody.parse(json, body);
        in.onlyFields(Set.of("active", "password", "role", "unit", "displayName"));
        Boolean active = in.bool("active").orElse(null);
        String password = in.string("password", 200).orElse(null);
        String role = in.string("role", 16).orElse(null);
        String unit = in.string("unit", 32).orElse(null);
        String displayName = in.string("displayName", 64).orElse(null);
        in.throwIfInvalid();
        return Account.of(staff.update(caller, username, new StaffService.Change(active, password, role, unit,
                in.has("unit"), displayName, in.has("displayName"))));
    }

    private StaffAccount admin(Authentication authentication) {
        StaffAccount caller = staff.current(authentication);
        if (caller.staffRole() != StaffRole.ADMIN) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only an admin may manage accounts.");
        }
        return caller;
    }
}
