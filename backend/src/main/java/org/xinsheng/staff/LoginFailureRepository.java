package org.xinsheng.staff;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LoginFailureRepository extends CrudRepository<LoginFailure, Long> {

    long countByUsernameAndFailedAtGreaterThan(String username, Instant since);

    void deleteByUsername(String username);

    void deleteByFailedAtLessThan(Instant before);
}
