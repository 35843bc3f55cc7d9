package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * One step in a complaint's life. {@code actor} (the staff member or system part) and {@code note} (staff free text)
 * are for staff only; the public timeline shows {@code publicNote}, a sentence the system wrote.
 */
@MappedEntity("case_event")
public record CaseEvent(
        @Id @GeneratedValue @Nullable Long id,
        Long complaintId,
        @MappedProperty("happened_at") Instant at,
        String status,
        @Nullable String note,
        @Nullable String actor,
        @Nullable String action,
        @Nullable String publicNote) {

    public static CaseEvent of(Long complaintId, Instant at, String status, String action, String actor,
                               @Nullable String note, @Nullable String publicNote) {
        return new CaseEvent(null, complaintId, at, status, note, actor, action, publicNote);
    }
}
