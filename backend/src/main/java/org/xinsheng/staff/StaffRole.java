package org.xinsheng.staff;

import java.util.Arrays;
import java.util.Optional;

/**
 * Hotline operators type complaints in for callers and look cases up; case handlers work the cases of their one
 * unit; supervisors (labour inspection, the task force) see and act on all; admins also manage accounts.
 */
public enum StaffRole {
    HOTLINE, HANDLER, SUPERVISOR, ADMIN;

    public String key() {
        return name().toLowerCase();
    }

    public static Optional<StaffRole> of(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
    }

    /** Sees every case, not only those of a unit. */
    public boolean seesAll() {
        return this == SUPERVISOR || this == ADMIN || this == HOTLINE;
    }

    /** Acts on any case (handlers act on their unit's). */
    public boolean actsOnAll() {
        return this == SUPERVISOR || this == ADMIN;
    }
}
