package org.xinsheng.cases;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.xinsheng.intake.Complaint;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The complaints as the case workflow reads and moves them. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CaseComplaints extends GenericRepository<Complaint, Long> {

    List<Complaint> findByIdIn(Collection<Long> ids);

    List<Complaint> findByStatusIn(Collection<String> statuses);

    List<Complaint> findAll();

    /** Complaints filed before cases existed (V2): no case file yet. */
    @Query("SELECT c.* FROM complaint c LEFT JOIN case_file f ON f.complaint_id = c.id WHERE f.complaint_id IS NULL")
    List<Complaint> findWithoutCaseFile();

    /** Moves a case from one status to the next; 0 when someone else moved it first. */
    @Query("UPDATE complaint SET status = :to, updated_at = :at WHERE id = :id AND status = :from")
    int move(Long id, String from, String to, Instant at);
}
