package org.xinsheng.employers;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The repeat-employer list: the employers ranked from the kept tally (employer_tally, {@link EmployerTally}), then
 * their names and townships, then each one's latest cases.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface RepeatEmployerQueries extends GenericRepository<EmployerLink, Long> {

    /** Each employer's rows of the tally summed over the nodes, then those with at least :min, most first. */
    String SUMMED = "SELECT employer_key, complaints, open_cases, last_filed_at FROM (SELECT employer_key,"
            + " SUM(complaints) AS complaints, SUM(open_cases) AS open_cases, MAX(last_filed_at) AS last_filed_at"
            + " FROM employer_tally";
    String RANKED = ") t WHERE complaints >= :min ORDER BY complaints DESC, employer_key LIMIT :limit";

    /**
     * The employers with at least {@code min} complaints, most first: the whole tally summed over its nodes (what
     * {@link EmployerRanking} falls back to). Summed in
     * key order (the primary key) and then cut to the first {@code limit} (MariaDB keeps only those while sorting);
     * with HAVING and ORDER BY on the sums in one block MariaDB grouped into a temporary table and sorted every group
     * (190 against 137 ms at 1,000,000 complaints, 77,000 keys).
     */
    @Query(SUMMED + " GROUP BY employer_key" + RANKED)
    List<Counted> counted(long min, int limit);

    /** The same, among the given employers only ({@link EmployerRanking} picks them). */
    @Query(SUMMED + " WHERE employer_key IN (:keys) GROUP BY employer_key" + RANKED)
    List<Counted> countedAmong(Collection<String> keys, long min, int limit);

    /** Each name the employers were given, in the order of the first complaint that used it (kept, V32). */
    @Query("SELECT employer_key, employer, first_complaint FROM employer_name WHERE employer_key IN (:keys)"
            + " ORDER BY employer_key, first_complaint")
    List<Named> names(Collection<String> keys);

    /** Each township the employers had a complaint in (kept, V32). */
    @Query("SELECT employer_key, township FROM employer_township WHERE employer_key IN (:keys)")
    List<Township> townships(Collection<String> keys);

    /**
     * The latest {@code perEmployer} complaints of one employer, newest first: the links from ix_employer_link_latest
     * (employer_key, newest_first = -complaint_id), walked forwards and stopped after them (H2 walks no index
     * backwards: with ORDER BY complaint_id DESC it read all 10,170 links of the biggest employer at 1,000,000 and
     * sorted them), then only those complaints.
     */
    @Query("SELECT l.employer_key, l.complaint_id, c.tracking_code, c.status, c.created_at FROM (SELECT employer_key,"
            + " complaint_id FROM employer_link WHERE employer_key = :key ORDER BY employer_key, newest_first"
            + " LIMIT :perEmployer) l JOIN complaint c ON c.id = l.complaint_id ORDER BY l.complaint_id DESC")
    List<Latest> latest(String key, int perEmployer);

    @Introspected
    record Counted(String employerKey, long complaints, long openCases, Instant lastFiledAt) {
    }

    @Introspected
    record Named(String employerKey, String employer, long firstComplaint) {
    }

    @Introspected
    record Township(String employerKey, String township) {
    }

    @Introspected
    record Latest(String employerKey, long complaintId, String trackingCode, String status, Instant createdAt) {
    }
}
