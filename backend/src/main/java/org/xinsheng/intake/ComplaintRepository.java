package org.xinsheng.intake;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ComplaintRepository extends CrudRepository<Complaint, Long> {

    Optional<Complaint> findByTrackingCode(String trackingCode);

    /** The tracking codes filed from a phone, newest first (the hotline's "how is my complaint?"). */
    @Query("SELECT tracking_code FROM complaint WHERE complainant_phone = :phone ORDER BY created_at DESC, id DESC LIMIT :limit")
    List<String> findTrackingCodesByPhone(String phone, int limit);
}
