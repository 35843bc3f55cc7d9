package org.xinsheng.ops;

import io.micronaut.context.ApplicationContext;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operator's subcommands of the jar (and of /usr/bin/xinsheng): staff, backup, restore, migrate. */
public final class OpsCommands {

    public static final Set<String> COMMANDS = Set.of("staff", "backup", "restore", "migrate");

    private OpsCommands() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = List.of(args).subList(1, args.length);
        Settings settings = Settings.load();
        return switch (args[0]) {
            case "backup" -> BackupCommand.run(rest, settings, out, err);
            case "restore" -> RestoreCommand.run(rest, settings, out, err);
            case "migrate" -> MigrateCommand.run(rest, settings, out, err);
            default -> staff(rest, settings, out, err);
        };
    }

    private static int staff(List<String> args, Settings settings, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(StaffCommand.USAGE);
            return 2;
        }
        var embedded = EmbeddedDatabase.of(settings.dbUrl());
        if (embedded.isPresent() && embedded.get().inUseElsewhere(settings.dbUser(), settings.dbPassword())) {
            err.println(embedded.get().inUseMessage("change accounts from the command line"));
            return 3;
        }
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("xinsheng.notify.enabled", false, "xinsheng.demo", "false"))
                .start()) {
            return new StaffCommand(context, NewPassword.fromStandardInput()).run(args, out, err);
        }
    }
}
