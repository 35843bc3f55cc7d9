package org.xinsheng.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A staff member's account. A handler is bound to one unit; the others have none. */
@MappedEntity("staff_account")
public record StaffAccount(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        String role,
        @Nullable String unit,
        @Nullable String displayName,
        boolean active,
        Instant createdAt) {

    public StaffRole staffRole() {
        return StaffRole.of(role).orElseThrow();
    }

    @Override
    public String toString() {
        return "StaffAccount[" + username + ", " + role + (unit == null ? "" : ", " + unit) + "]";
    }
}
