package org.xinsheng.cases;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AnalysisCorrectionRepository extends CrudRepository<AnalysisCorrection, Long> {

    List<AnalysisCorrection> findByComplaintIdOrderById(Long complaintId);

    /** The last correction of each complaint (a later one supersedes the earlier label), oldest first. */
    @Query("SELECT * FROM analysis_correction a WHERE a.id = (SELECT MAX(b.id) FROM analysis_correction b"
            + " WHERE b.complaint_id = a.complaint_id) ORDER BY a.id")
    List<AnalysisCorrection> latestPerComplaint();
}
