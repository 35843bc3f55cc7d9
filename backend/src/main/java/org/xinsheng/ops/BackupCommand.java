package org.xinsheng.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code backup DIR}: a consistent zip of the embedded database in DIR. While the server runs (it holds the file),
 * the command asks it over loopback with the operator token it wrote beside the database; with the server stopped,
 * the command opens the database itself. On MySQL or MariaDB it points to mysqldump.
 */
final class BackupCommand {

    static final String MYSQL_HINT = """
            XinSheng runs on MySQL/MariaDB here: back it up with the database's own tool, e.g.
              mysqldump --single-transaction --routines --default-character-set=utf8mb4 xinsheng | gzip > xinsheng-$(date +%F).sql.gz
            and restore with
              gunzip < xinsheng-DATE.sql.gz | mysql --default-character-set=utf8mb4 xinsheng
            (docs/operations-install.md, "Backups").""";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private BackupCommand() {
    }

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: xinsheng backup DIR   (writes DIR/xinsheng-<date>-<time>.zip)");
            return 2;
        }
        Path directory = Path.of(args.get(0)).toAbsolutePath().normalize();
        var embedded = EmbeddedDatabase.of(settings.dbUrl());
        if (embedded.isEmpty()) {
            err.println(MYSQL_HINT);
            return 2;
        }
        EmbeddedDatabase db = embedded.get();
        try {
            if (db.inUseElsewhere(settings.dbUser(), settings.dbPassword())) {
                return online(db, directory, settings.port(), out, err);
            }
            if (!Files.exists(db.mvFile())) {
                err.println("There is no database at " + db.mvFile() + " to back up.");
                return 1;
            }
            return offline(db, directory, settings, out);
        } catch (IOException | SQLException e) {
            err.println("backup failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int offline(EmbeddedDatabase db, Path directory, Settings settings, PrintStream out)
            throws IOException, SQLException {
        Files.createDirectories(directory);
        Path file = directory.resolve(db.name() + "-" + LocalDateTime.now().format(STAMP) + ".zip");
        try (Connection c = DriverManager.getConnection(db.url(), settings.dbUser(), settings.dbPassword());
             Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        }
        out.println("backup written (server not running): " + file + " (" + Files.size(file) + " bytes)");
        return 0;
    }

    private static int online(EmbeddedDatabase db, Path directory, int port, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        Path tokenFile = OpsToken.file(db);
        if (!Files.isReadable(tokenFile)) {
            err.println("The server has the database open, and " + tokenFile + " (its operator token) is not readable "
                    + "by this user: run `xinsheng backup` (it runs as the xinsheng user) or as that user.");
            return 1;
        }
        String body = "{\"directory\":\"" + directory.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/admin/backup"))
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/json")
                .header(OpsToken.HEADER, Files.readString(tokenFile).strip())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            err.println("The running server (port " + port + ") refused the backup: " + response.statusCode() + " "
                    + response.body());
            return 1;
        }
        out.println("backup written by the running server: " + response.body());
        return 0;
    }
}
