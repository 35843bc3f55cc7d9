package org.xinsheng.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code restore FILE}: puts a zip written by {@code backup} in place of the embedded database, with the server
 * stopped. A database already there is kept beside it as {@code NAME.mv.db.before-restore-<time>}, not deleted.
 */
final class RestoreCommand {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RestoreCommand() {
    }

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: xinsheng restore FILE.zip   (with the server stopped)");
            return 2;
        }
        var embedded = EmbeddedDatabase.of(settings.dbUrl());
        if (embedded.isEmpty()) {
            err.println(BackupCommand.MYSQL_HINT);
            return 2;
        }
        EmbeddedDatabase db = embedded.get();
        if (db.inUseElsewhere(settings.dbUser(), settings.dbPassword())) {
            err.println("The embedded database " + db.mvFile() + " is open in the running server. Stop it first "
                    + "(sudo systemctl stop xinsheng), restore, then start it again.");
            return 1;
        }
        Path zip = Path.of(args.get(0));
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst().orElse(null);
            if (entry == null) {
                err.println(zip + " holds no H2 database file (*.mv.db): is it a zip written by `xinsheng backup`?");
                return 1;
            }
            Files.createDirectories(db.directory());
            if (Files.exists(db.mvFile())) {
                Path aside = db.directory().resolve(db.mvFile().getFileName() + ".before-restore-"
                        + LocalDateTime.now().format(STAMP));
                Files.move(db.mvFile(), aside);
                out.println("the database that was there is kept as " + aside);
            }
            Path temp = Files.createTempFile(db.directory(), ".restore", ".tmp");
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(temp, db.mvFile(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println("restore failed: " + e.getMessage());
            return 1;
        }
        try (Connection c = DriverManager.getConnection(db.url(), settings.dbUser(), settings.dbPassword());
             Statement s = c.createStatement();
             ResultSet count = s.executeQuery("SELECT COUNT(*) FROM complaint")) {
            count.next();
            out.println("restored " + db.mvFile() + " from " + zip + ": " + count.getLong(1) + " complaints");
            return 0;
        } catch (SQLException e) {
            err.println("restored the file, but it does not open as a XinSheng database: " + e.getMessage());
            return 1;
        }
    }
}
