package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** A record that a staff member saw what is private, such as a complainant's full phone number. */
@MappedEntity("audit_event")
public record AuditEvent(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("happened_at") Instant at,
        String actor,
        String action,
        @Nullable Long complaintId,
        @Nullable String detail) {
}
