package org.xinsheng.chat;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ChatSessionRepository extends CrudRepository<ChatSession, String> {

    /** Reads the row and holds its lock until the transaction ends: one turn at a time per conversation. */
    @Query("SELECT * FROM chat_session WHERE id = :id FOR UPDATE")
    Optional<ChatSession> findByIdForUpdate(String id);

    long deleteByUpdatedAtLessThan(Instant before);
}
