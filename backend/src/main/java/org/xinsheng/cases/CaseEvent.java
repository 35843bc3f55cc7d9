package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** One step in a complaint's life. {@code actor} is the staff member or system part; never shown to the public. */
@MappedEntity("case_event")
public record CaseEvent(
        @Id @GeneratedValue @Nullable Long id,
        Long complaintId,
        @MappedProperty("happened_at") Instant at,
        String status,
        @Nullable String note,
        @Nullable String actor) {
}
