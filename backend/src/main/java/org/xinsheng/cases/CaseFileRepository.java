package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CaseFileRepository extends CrudRepository<CaseFile, Long> {

    List<CaseFile> findByComplaintIdIn(Collection<Long> complaintIds);

    /** Records the one rating a case may get; answers 0 when it was already rated. */
    @Query("UPDATE case_file SET rating = :rating, rating_comment = :comment, rated_at = :at "
            + "WHERE complaint_id = :complaintId AND rating IS NULL")
    int rateOnce(Long complaintId, int rating, @Nullable String comment, Instant at);
}
