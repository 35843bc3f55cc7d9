package org.xinsheng.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One failed login for a user name (known or not), from one client address. */
@MappedEntity("login_failure")
public record LoginFailure(@Id @GeneratedValue @Nullable Long id, String username, Instant failedAt,
                           @Nullable String clientAddress) {
}
