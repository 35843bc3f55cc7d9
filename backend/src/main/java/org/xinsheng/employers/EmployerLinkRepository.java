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

    List<EmployerLink> findByGroupIdOrderByComplaintId(Long groupId);

    List<EmployerLink> findByEmployerKeyInOrderByComplaintId(Collection<String> keys);

    /** The groups near a new complaint, each named by its root: its group id, or a lone complaint's own id. */
    @Query("SELECT DISTINCT COALESCE(group_id, complaint_id) FROM employer_link"
            + " WHERE employer_key = :employerKey AND township = :township AND filed_at >= :since")
    List<Long> groupRootsNear(String employerKey, String township, Instant since);

    /** Moves the members of the given groups into one group (two statements, so each can use its index). */
    @Query("UPDATE employer_link SET group_id = :groupId WHERE group_id IN (:roots) AND group_id <> :groupId")
    void moveGroupsInto(Long groupId, Collection<Long> roots);

    /** Puts lone complaints (and the roots themselves) into the group. */
    @Query("UPDATE employer_link SET group_id = :groupId WHERE complaint_id IN (:roots)"
            + " AND (group_id IS NULL OR group_id <> :groupId)")
    void moveRootsInto(Long groupId, Collection<Long> roots);

    @Query("SELECT employer_key FROM employer_link GROUP BY employer_key HAVING COUNT(*) >= :min")
    List<String> keysWithAtLeast(long min);
}
