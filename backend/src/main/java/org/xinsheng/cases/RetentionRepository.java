package org.xinsheng.cases;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.xinsheng.intake.Complaint;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RetentionRepository extends GenericRepository<Complaint, Long> {

    /** Closed cases whose complainant can still be identified. */
    @Query("SELECT c.id FROM complaint c JOIN case_file f ON f.complaint_id = c.id"
            + " WHERE f.closed_at < :closedBefore AND c.complainant_phone <> '' ORDER BY c.id")
    List<Long> identifiableClosedBefore(Instant closedBefore);

    @Query("UPDATE complaint SET complainant_name = NULL, complainant_phone = '' WHERE id IN (:ids)")
    void forgetComplainants(Collection<Long> ids);
}
