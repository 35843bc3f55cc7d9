package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
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

    /** Writes a corrected analysis and the status routing gives it; 0 when someone else moved the case first. */
    @Query("UPDATE complaint SET status = :to, wage_arrears = :wageArrears, wage_confidence = :wageConfidence,"
            + " sector = :sector, sector_confidence = :sectorConfidence, employer = :employer,"
            + " amount_yuan = :amountYuan, workers = :workers, township = :township, absconded = :absconded,"
            + " updated_at = :at WHERE id = :id AND status = :from")
    int correct(Long id, String from, String to, @Nullable Boolean wageArrears, @Nullable Double wageConfidence,
                @Nullable String sector, @Nullable Double sectorConfidence, @Nullable String employer,
                @Nullable Long amountYuan, @Nullable Integer workers, @Nullable String township,
                @Nullable Boolean absconded, Instant at);

    /** Moves a case from one status to the next; 0 when someone else moved it first. */
    @Query("UPDATE complaint SET status = :to, updated_at = :at WHERE id = :id AND status = :from")
    int move(Long id, String from, String to, Instant at);
}
