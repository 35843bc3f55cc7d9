package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A unit working a case, and its part (township, bureau, lead, police, legal_aid, task_force). */
@MappedEntity("case_assignment")
public record CaseAssignment(
        @Id @GeneratedValue @Nullable Long id,
        Long complaintId,
        String unit,
        String role,
        Instant createdAt) {
}
