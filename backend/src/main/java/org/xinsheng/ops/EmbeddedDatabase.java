package org.xinsheng.ops;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The embedded H2 file database named by a JDBC URL: where its file lies, and whether another process (the running
 * server) holds it. H2 lets one process open a file database; a second one gets error 90020.
 */
public record EmbeddedDatabase(String url, Path file) {

    private static final int ALREADY_IN_USE = 90020;

    /** The embedded file database of {@code url}, or empty for MySQL, MariaDB or an in-memory H2. */
    public static Optional<EmbeddedDatabase> of(String url) {
        String prefix = "jdbc:h2:file:";
        if (url == null || !url.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = url.substring(prefix.length());
        int options = rest.indexOf(';');
        String name = options < 0 ? rest : rest.substring(0, options);
        return Optional.of(new EmbeddedDatabase(url, Path.of(name).toAbsolutePath().normalize()));
    }

    /** The directory holding the database file. */
    public Path directory() {
        return file.getParent();
    }

    /** The database's base name, e.g. {@code xinsheng} for {@code xinsheng.mv.db}. */
    public String name() {
        return file.getFileName().toString();
    }

    public Path mvFile() {
        return directory().resolve(name() + ".mv.db");
    }

    /** True when another process has the database open, so this one cannot. */
    public boolean inUseElsewhere(String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return false;
        } catch (SQLException e) {
            if (e.getErrorCode() == ALREADY_IN_USE) {
                return true;
            }
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException s && s.getErrorCode() == ALREADY_IN_USE) {
                    return true;
                }
            }
            return false; // any other fault is reported when the command opens the database for real
        }
    }

    /** What an operator reads when a command needs the database the running server holds. */
    public String inUseMessage(String what) {
        return "The embedded database " + mvFile() + " is open in the running XinSheng server, and H2 lets only one "
                + "process open it. To " + what + ": stop the server (sudo systemctl stop xinsheng), run this command "
                + "again, and start it (sudo systemctl start xinsheng); or, without stopping it, use the staff console "
                + "(Accounts) or the admin API (PATCH /api/v1/staff/{username}).";
    }
}
