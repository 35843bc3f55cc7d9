package org.xinsheng.employers;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EmployerLinkRepository extends CrudRepository<EmployerLink, Long> {

    long countByEmployerKey(String employerKey);

    List<EmployerLink> findByEmployerKeyAndTownshipAndFiledAtGreaterThanEqualsOrderByComplaintId(
            String employerKey, String township, Instant since);

    List<EmployerLink> findByGroupIdOrderByComplaintId(Long groupId);

    List<EmployerLink> findByEmployerKeyInOrderByComplaintId(Collection<String> keys);

    @Query("UPDATE employer_link SET group_id = :groupId WHERE complaint_id IN (:ids)")
    void joinGroup(Long groupId, Collection<Long> ids);

    @Query("SELECT employer_key FROM employer_link GROUP BY employer_key HAVING COUNT(*) >= :min")
    List<String> keysWithAtLeast(long min);
}
