package org.xinsheng.evidence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EvidenceRepository extends CrudRepository<EvidencePhoto, Long> {

    long countByComplaintId(Long complaintId);

    /** The list without the bytes. */
    @Query("SELECT id, content_type, size_bytes, created_at FROM evidence_photo WHERE complaint_id = :complaintId ORDER BY id")
    List<Listed> listByComplaintId(Long complaintId);

    Optional<EvidencePhoto> findByIdAndComplaintId(Long id, Long complaintId);

    /** Locks the complaint's case file row, so that two uploads at once cannot both be the third photo. */
    @Query("SELECT complaint_id FROM case_file WHERE complaint_id = :complaintId FOR UPDATE")
    Optional<Long> lockCase(Long complaintId);

    @Introspected
    @io.micronaut.serde.annotation.Serdeable
    record Listed(Long id, String contentType, int sizeBytes, Instant createdAt) {
    }
}
