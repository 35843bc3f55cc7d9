package org.xinsheng.reports;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.xinsheng.cases.CaseEvent;
import org.xinsheng.intake.Complaint;

import java.time.Instant;
import java.util.List;

/** What the reports read: complaints filed before a moment, and the timeline steps taken before it. */
public final class ReportRecords {

    private ReportRecords() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Complaints extends GenericRepository<Complaint, Long> {

        @Query("SELECT * FROM complaint WHERE created_at < :end ORDER BY created_at, id")
        List<Complaint> filedBefore(Instant end);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Events extends GenericRepository<CaseEvent, Long> {

        @Query("SELECT * FROM case_event WHERE happened_at < :end ORDER BY id")
        List<CaseEvent> before(Instant end);
    }
}
