package org.xinsheng.ops;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.xinsheng.db.SchemaMigrations;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * {@code migrate [--take-over]}: brings the database schema to this jar's version and exits. Deployments of several
 * nodes run it once before starting (or upgrading) them; nodes that find the schema current start without touching
 * it. {@code --take-over} first drops the claim of a migrating process that died.
 */
final class MigrateCommand {

    static final String USAGE = "usage: xinsheng migrate [--take-over]";
    static final String LOCATIONS = "classpath:db/migration";

    private MigrateCommand() {
    }

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) {
        boolean takeOver = args.equals(List.of("--take-over"));
        if (!args.isEmpty() && !takeOver) {
            err.println(USAGE);
            return 2;
        }
        var embedded = EmbeddedDatabase.of(settings.dbUrl());
        if (embedded.isPresent() && embedded.get().inUseElsewhere(settings.dbUser(), settings.dbPassword())) {
            err.println(embedded.get().inUseMessage("migrate it from the command line"));
            return 3;
        }
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(settings.dbUrl());
        pool.setUsername(settings.dbUser());
        pool.setPassword(settings.dbPassword());
        pool.setMaximumPoolSize(2);
        try (HikariDataSource dataSource = new HikariDataSource(pool)) {
            SchemaMigrations schema = new SchemaMigrations(dataSource, new FluentConfiguration().locations(LOCATIONS));
            if (takeOver && schema.takeOver()) {
                out.println("Dropped the claim of an earlier migration.");
            }
            int applied = schema.bringUpToDate(SchemaMigrations.Mode.MIGRATE, Duration.ofMinutes(10));
            out.println(applied == 0 ? "The schema is already at version " + schema.version() + "."
                    : "Applied " + applied + " migrations; the schema is at version " + schema.version() + ".");
            return 0;
        } catch (RuntimeException e) {
            err.println("migrate failed: " + e.getMessage());
            return 1;
        }
    }
}
