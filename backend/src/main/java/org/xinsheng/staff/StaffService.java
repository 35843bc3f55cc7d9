package org.xinsheng.staff;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.web.ApiException;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Accounts: creating them with a checked role and unit, logging in, and finding the caller of a staff request. */
@Singleton
public class StaffService {

    /** The token claim that ties a token to the password it was issued under. */
    public static final String CREDENTIAL_CLAIM = "cred";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_.-]{3,64}");

    private final StaffRepository staff;
    private final Passwords passwords;
    private final Jurisdiction jurisdiction;
    private final LoginFailureRepository failures;
    private final int maxFailures;
    private final Duration lockout;

    public StaffService(StaffRepository staff, Passwords passwords, Jurisdiction jurisdiction,
                        LoginFailureRepository failures,
                        @Value("${xinsheng.staff.max-failures:10}") int maxFailures,
                        @Value("${xinsheng.staff.lockout-minutes:15}") int lockoutMinutes) {
        this.staff = staff;
        this.passwords = passwords;
        this.jurisdiction = jurisdiction;
        this.failures = failures;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    public StaffAccount create(String username, String password, String role, @Nullable String unit,
                               @Nullable String displayName) {
        Map<String, String> faults = new LinkedHashMap<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            faults.put("username", "must be 3 to 64 of a-z, 0-9, _ . -");
        } else if (staff.findByUsername(username).isPresent()) {
            faults.put("username", "is taken");
        }
        checkPassword(password, "password", faults);
        Optional<StaffRole> staffRole = StaffRole.of(role);
        if (staffRole.isEmpty()) {
            faults.put("role", "must be one of hotline, handler, supervisor, admin");
        } else if (staffRole.get() == StaffRole.HANDLER && (unit == null || jurisdiction.unit(unit).isEmpty())) {
            faults.put("unit", "a handler needs the key of a unit of " + jurisdiction.key());
        } else if (staffRole.get() != StaffRole.HANDLER && unit != null) {
            faults.put("unit", "only handlers are bound to a unit");
        }
        if (!faults.isEmpty()) {
            throw ApiException.invalid(faults);
        }
        return staff.save(new StaffAccount(null, username, passwords.hash(password), role, unit, displayName, true,
                Instant.now()));
    }

    /** The caller changes their own password, proving they know the current one. */
    public void changePassword(StaffAccount caller, String current, String next) {
        Map<String, String> faults = new LinkedHashMap<>();
        if (!passwords.matches(current, caller.passwordHash())) {
            faults.put("currentPassword", "is not your current password");
        }
        checkPassword(next, "newPassword", faults);
        if (!faults.isEmpty()) {
            throw ApiException.invalid(faults);
        }
        staff.update(with(caller, passwords.hash(next), caller.active()));
    }

    /** What an admin may change on an account; null leaves a part as it is. */
    public record Change(@Nullable Boolean active, @Nullable String password, @Nullable String role,
                         @Nullable String unit, boolean unitGiven, @Nullable String displayName,
                         boolean displayNameGiven) {
    }

    /** An admin (or the command line) switches an account off or on, or resets its password. */
    public StaffAccount update(StaffAccount admin, String username, @Nullable Boolean active, @Nullable String password) {
        return update(admin, username, new Change(active, password, null, null, false, null, false));
    }

    /**
     * An admin sets another account's password, role, unit or display name, or switches it off. Any change but the
     * display name ends the account's sessions at once (its tokens carry the old credential tag). A role other than
     * handler drops the unit; an admin can neither switch off nor demote their own account.
     */
    public StaffAccount update(StaffAccount admin, String username, Change change) {
        StaffAccount account = staff.findByUsername(username)
                .orElseThrow(() -> ApiException.notFound("No account has this user name."));
        boolean self = account.username().equals(admin.username());
        Map<String, String> faults = new LinkedHashMap<>();
        if (Boolean.FALSE.equals(change.active()) && self) {
            faults.put("active", "you cannot switch off your own account");
        }
        if (change.password() != null) {
            checkPassword(change.password(), "password", faults);
        }
        String role = change.role() == null ? account.role() : change.role();
        Optional<StaffRole> staffRole = StaffRole.of(role);
        if (staffRole.isEmpty()) {
            faults.put("role", "must be one of hotline, handler, supervisor, admin");
        } else if (self && staffRole.get() != StaffRole.ADMIN) {
            faults.put("role", "you cannot take the admin role from your own account");
        }
        String unit = change.unitGiven() ? change.unit() : account.unit();
        if (staffRole.isPresent() && staffRole.get() != StaffRole.HANDLER) {
            if (change.unitGiven() && change.unit() != null) {
                faults.put("unit", "only handlers are bound to a unit");
            }
            unit = null;
        } else if (staffRole.isPresent() && (unit == null || jurisdiction.unit(unit).isEmpty())) {
            faults.put("unit", "a handler needs the key of a unit of " + jurisdiction.key());
        }
        if (!faults.isEmpty()) {
            throw ApiException.invalid(faults);
        }
        return staff.update(new StaffAccount(account.id(), account.username(),
                change.password() == null ? account.passwordHash() : passwords.hash(change.password()), role, unit,
                change.displayNameGiven() ? change.displayName() : account.displayName(),
                change.active() == null ? account.active() : change.active(), account.createdAt()));
    }

    private static void checkPassword(@Nullable String password, String field, Map<String, String> faults) {
        if (password == null || password.length() < 10 || password.length() > 200) {
            faults.put(field, "must have 10 to 200 characters");
        }
    }

    private static StaffAccount with(StaffAccount a, String passwordHash, boolean active) {
        return new StaffAccount(a.id(), a.username(), passwordHash, a.role(), a.unit(), a.displayName(), active,
                a.createdAt());
    }

    /**
     * The account for a user name and password, or 401 without saying which of the two was wrong. After
     * {@code max-failures} failures of a name from one client address within {@code lockout-minutes}, that name
     * answers 429 to that address until the oldest of those failures leaves the window. The lock is per address so
     * that nobody can lock staff out by failing on purpose: the owner logs in from their own address as usual
     * (spraying from one address is held back by the per-address login limit, {@code xinsheng.rate-limit.login}).
     */
    public StaffAccount login(String username, String password, String clientAddress) {
        Instant now = Instant.now();
        Instant since = now.minus(lockout);
        if (failures.countByUsernameAndClientAddressAndFailedAtGreaterThan(username, clientAddress, since)
                >= maxFailures) {
            Instant oldest = failures.oldestSince(username, clientAddress, since).orElse(now);
            long wait = Duration.between(now, oldest.plus(lockout)).toSeconds() + 1;
            throw ApiException.tooMany("too_many_attempts",
                    "Too many failed logins for this user name from your address; try again in " + wait + " seconds.",
                    wait);
        }
        Optional<StaffAccount> account = staff.findByUsername(username).filter(StaffAccount::active);
        if (account.isEmpty()) {
            passwords.burn(password);
        }
        Optional<StaffAccount> ok = account.filter(a -> passwords.matches(password, a.passwordHash()));
        if (ok.isEmpty()) {
            failures.deleteByFailedAtLessThan(now.minus(lockout)); // keeps the table to one window
            failures.save(new LoginFailure(null, username, now, clientAddress));
            throw new ApiException(HttpStatus.UNAUTHORIZED, "invalid_credentials", "Wrong user name or password.");
        }
        failures.deleteByUsernameAndClientAddress(username, clientAddress);
        return ok.get();
    }

    /**
     * The account behind a valid token, as it is now: a deactivated account is refused at once, and so is a token
     * issued before the account's password last changed (its credential claim no longer matches).
     */
    public StaffAccount current(Authentication authentication) {
        Object credential = authentication.getAttributes().get(CREDENTIAL_CLAIM);
        return staff.findByUsername(authentication.getName()).filter(StaffAccount::active)
                .filter(a -> Credentials.tag(a).equals(credential)).orElseThrow(() ->
                new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Log in first."));
    }
}
