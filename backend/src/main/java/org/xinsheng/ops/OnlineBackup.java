package org.xinsheng.ops;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.xinsheng.web.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A consistent copy of the embedded database taken by the process that has it open, while it keeps serving: H2's
 * {@code BACKUP TO} writes the database file into a zip as of one moment (H2 keeps old pages while it copies).
 */
@Singleton
public class OnlineBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Optional<EmbeddedDatabase> database;
    private final TransactionOperations<Connection> transactions;

    public OnlineBackup(@Value("${datasources.default.url}") String url, TransactionOperations<Connection> transactions) {
        this.database = EmbeddedDatabase.of(url);
        this.transactions = transactions;
    }

    public record Written(Path file, long bytes) {
    }

    /** The default place for backups asked for over HTTP: beside the database, under backups/. */
    public Path defaultDirectory() {
        return embedded().directory().resolve("backups");
    }

    public Written into(Path directory) {
        EmbeddedDatabase db = embedded();
        Path file = directory.toAbsolutePath().normalize()
                .resolve(db.name() + "-" + LocalDateTime.now().format(STAMP) + ".zip");
        try {
            Files.createDirectories(directory);
            transactions.executeWrite(status -> {
                try (Statement s = status.getConnection().createStatement()) {
                    s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
                }
                return null;
            });
            return new Written(file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EmbeddedDatabase embedded() {
        return database.orElseThrow(() -> new ApiException(HttpStatus.CONFLICT, "not_embedded",
                "This server runs on MySQL or MariaDB: back that database up with mysqldump --single-transaction "
                        + "(docs/operations-install.md)."));
    }

}
