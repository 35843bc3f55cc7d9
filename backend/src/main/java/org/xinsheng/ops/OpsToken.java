package org.xinsheng.ops;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A secret the server writes beside its embedded database on every start (readable by its own user only), so that
 * {@code xinsheng backup}, run on the same machine as that user, can ask the running server for an online backup
 * without a staff password. Whoever can read the file can already read the database itself.
 */
@Singleton
public class OpsToken {

    public static final String HEADER = "X-XinSheng-Ops-Token";
    private static final Logger LOG = LoggerFactory.getLogger(OpsToken.class);

    private final Optional<EmbeddedDatabase> database;
    private volatile String token;

    public OpsToken(@Value("${datasources.default.url}") String url) {
        this.database = EmbeddedDatabase.of(url);
    }

    /** Where the token of the embedded database is kept. */
    public static Path file(EmbeddedDatabase database) {
        return database.directory().resolve(database.name() + ".ops-token");
    }

    @EventListener
    void onStartup(StartupEvent event) {
        database.ifPresent(this::write);
    }

    private void write(EmbeddedDatabase db) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String value = HexFormat.of().formatHex(random);
        Path target = file(db);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".ops-token", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, value, StandardCharsets.US_ASCII);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            token = value;
        } catch (IOException e) {
            LOG.warn("Cannot write {}: `xinsheng backup` cannot ask this server for an online backup ({})", target,
                    e.getMessage());
        }
    }

    /** True when {@code offered} is this server's token. */
    public boolean accepts(String offered) {
        String current = token;
        return current != null && offered != null && MessageDigest.isEqual(
                current.getBytes(StandardCharsets.US_ASCII), offered.getBytes(StandardCharsets.US_ASCII));
    }
}
