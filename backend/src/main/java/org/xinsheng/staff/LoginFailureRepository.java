package org.xinsheng.staff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LoginFailureRepository extends CrudRepository<LoginFailure, Long> {

    long countByUsernameAndClientAddressAndFailedAtGreaterThan(String username, String clientAddress, Instant since);

    /** The oldest failure of a name from an address still in the window: when it leaves, the address may try again. */
    @Query("SELECT MIN(failed_at) FROM login_failure"
            + " WHERE username = :username AND client_address = :clientAddress AND failed_at > :since")
    Optional<Instant> oldestSince(String username, String clientAddress, Instant since);

    void deleteByUsernameAndClientAddress(String username, String clientAddress);

    /** Every failure of a name from every address: an operator's password reset clears them all. */
    void deleteByUsername(String username);

    void deleteByFailedAtLessThan(Instant before);
}
