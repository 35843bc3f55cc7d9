package org.xinsheng.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A photo a complaint carries as evidence; the bytes live in the database. */
@MappedEntity("evidence_photo")
public record EvidencePhoto(
        @Id @GeneratedValue @Nullable Long id,
        Long complaintId,
        String contentType,
        int sizeBytes,
        String sha256,
        byte[] data,
        String uploadedBy,
        Instant createdAt) {
}
