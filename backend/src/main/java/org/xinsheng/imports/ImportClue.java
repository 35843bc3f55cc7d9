package org.xinsheng.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A platform clue already filed, and the tracking code it got. */
@MappedEntity("import_clue")
public record ImportClue(@Id String clueNumber, String trackingCode, @Nullable String fileName, Instant importedAt) {

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Repository extends CrudRepository<ImportClue, String> {

        List<ImportClue> findByClueNumberIn(Collection<String> clueNumbers);
    }
}
