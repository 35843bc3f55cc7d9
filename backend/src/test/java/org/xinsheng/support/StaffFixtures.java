package org.xinsheng.support;

import io.micronaut.core.annotation.Nullable;
import org.xinsheng.staff.StaffService;

import java.util.UUID;

/** Test helper: makes staff accounts with unique names (tests share one database) and logs them in. */
public final class StaffFixtures {

    public static final String PASSWORD = "correct horse battery";

    private final StaffService staff;
    private final Api api;

    public StaffFixtures(StaffService staff, Api api) {
        this.staff = staff;
        this.api = api;
    }

    /** A new account's user name. */
    public String account(String role, @Nullable String unit) {
        String username = role + "-" + (unit == null ? "" : unit.replace('_', '-') + "-")
                + UUID.randomUUID().toString().substring(0, 8);
        staff.create(username, PASSWORD, role, unit, null);
        return username;
    }

    /** A new account, logged in: its bearer token. */
    public String token(String role, @Nullable String unit) {
        return api.login(account(role, unit), PASSWORD);
    }

    public String handler(String unit) {
        return token("handler", unit);
    }

    public String supervisor() {
        return token("supervisor", null);
    }
}
