package org.xinsheng.staff;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.xinsheng.web.ErrorAnswers;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import org.xinsheng.ratelimit.Bucket;
import org.xinsheng.ratelimit.ClientAddresses;
import org.xinsheng.ratelimit.RateLimited;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.web.JsonBody;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** POST /api/v1/auth/login {"username","password"} → a bearer token for the staff endpoints. */
@Controller("/api/v1/auth")
@ErrorAnswers
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class AuthController {

    private final JsonMapper json;
    private final StaffService staff;
    private final TokenGenerator tokens;
    private final Jurisdiction jurisdiction;
    private final int expiresIn;
    private final ClientAddresses addresses;

    public AuthController(JsonMapper json, StaffService staff, TokenGenerator tokens, Jurisdiction jurisdiction,
                          ClientAddresses addresses, @Value("${xinsheng.jwt.expiration:28800}") int expiresIn) {
        this.addresses = addresses;
        this.json = json;
        this.staff = staff;
        this.tokens = tokens;
        this.jurisdiction = jurisdiction;
        this.expiresIn = expiresIn;
    }

    @Post(uri = "/login", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @RateLimited(Bucket.LOGIN)
    public LoginAnswer login(HttpRequest<?> request, @RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/Login"))) @Nullable @Body String body) {
        JsonBody in = JsonBody.parse(json, body);
        in.onlyFields(Set.of("username", "password"));
        String username = in.requiredString("username", 64).orElse(null);
        String password = in.requiredString("password", 200).orElse(null);
        in.throwIfInvalid();
        StaffAccount account = staff.login(username, password, addresses.of(request));
        Map<String, Object> claims = new HashMap<>();
        claims.put(StaffService.CREDENTIAL_CLAIM, Credentials.tag(account));
        if (account.unit() != null) {
            claims.put("unit", account.unit());
        }
        Authentication authentication = Authentication.build(account.username(), List.of(account.role()), claims);
        String token = tokens.generateToken(authentication, expiresIn)
                .orElseThrow(() -> new IllegalStateException("no token generated"));
        return new LoginAnswer(token, "Bearer", expiresIn, account.username(), account.role(), account.unit(),
                account.unit() == null ? null : jurisdiction.unitName(account.unit(), "zh"));
    }
}
