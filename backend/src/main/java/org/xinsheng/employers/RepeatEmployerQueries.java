package org.xinsheng.employers;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The repeat-employer list, counted by the database: one row per employer, then its names and latest cases. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface RepeatEmployerQueries extends GenericRepository<EmployerLink, Long> {

    @Query("SELECT l.employer_key, COUNT(*) AS complaints,"
            + " SUM(CASE WHEN c.status IN ('registered', 'assigned', 'verifying', 'handling') THEN 1 ELSE 0 END)"
            + " AS open_cases, MAX(l.filed_at) AS last_filed_at"
            + " FROM employer_link l JOIN complaint c ON c.id = l.complaint_id GROUP BY l.employer_key"
            + " HAVING COUNT(*) >= :min ORDER BY COUNT(*) DESC, l.employer_key LIMIT :limit")
    List<Counted> counted(long min, int limit);

    /** Each name an employer was given and each township, with the first complaint that used it. */
    @Query("SELECT employer_key, employer, township, MIN(complaint_id) AS first_complaint FROM employer_link"
            + " WHERE employer_key IN (:keys) GROUP BY employer_key, employer, township"
            + " ORDER BY employer_key, first_complaint")
    List<Named> names(Collection<String> keys);

    /** The latest {@code perEmployer} complaints of each employer. */
    @Query("SELECT x.employer_key, x.complaint_id, x.tracking_code, x.status, x.created_at FROM (SELECT"
            + " l.employer_key, l.complaint_id, c.tracking_code, c.status, c.created_at, ROW_NUMBER() OVER"
            + " (PARTITION BY l.employer_key ORDER BY l.complaint_id DESC) AS n FROM employer_link l"
            + " JOIN complaint c ON c.id = l.complaint_id WHERE l.employer_key IN (:keys)) x"
            + " WHERE x.n <= :perEmployer ORDER BY x.employer_key, x.complaint_id")
    List<Latest> latest(Collection<String> keys, int perEmployer);

    @Introspected
    record Counted(String employerKey, long complaints, long openCases, Instant lastFiledAt) {
    }

    @Introspected
    record Named(String employerKey, String employer, @Nullable String township, long firstComplaint) {
    }

    @Introspected
    record Latest(String employerKey, long complaintId, String trackingCode, String status, Instant createdAt) {
    }
}
