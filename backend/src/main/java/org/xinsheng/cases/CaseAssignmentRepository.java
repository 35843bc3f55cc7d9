package org.xinsheng.cases;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CaseAssignmentRepository extends CrudRepository<CaseAssignment, Long> {

    List<CaseAssignment> findByComplaintIdOrderById(Long complaintId);

    List<CaseAssignment> findByComplaintIdInOrderById(Collection<Long> complaintIds);

    List<CaseAssignment> findByUnitIn(Collection<String> units);

    boolean existsByComplaintIdAndUnitIn(Long complaintId, Collection<String> units);
}
