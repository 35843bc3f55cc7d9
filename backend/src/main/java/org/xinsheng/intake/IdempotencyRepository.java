package org.xinsheng.intake;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface IdempotencyRepository extends CrudRepository<IdempotencyRecord, String> {

    void updateResponse(@Id String key, Long complaintId, String responseBody);

    long deleteByCreatedAtLessThan(Instant before);
}
