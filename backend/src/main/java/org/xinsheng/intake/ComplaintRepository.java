package org.xinsheng.intake;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ComplaintRepository extends CrudRepository<Complaint, Long> {

    Optional<Complaint> findByTrackingCode(String trackingCode);
}
