package org.xinsheng.employers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A complaint's employer, normalised, and the group of complaints it was linked into, if any; {@code status} is the
 * complaint's status as the employer tally counted it (kept by {@link EmployerTally}; NULL for links written without
 * the application, until a start counts them).
 */
@MappedEntity("employer_link")
public record EmployerLink(
        @Id Long complaintId,
        String employerKey,
        String employer,
        @Nullable String township,
        Instant filedAt,
        @Nullable Long groupId,
        @Nullable String status) {
}
