package org.xinsheng.ops;

import io.micronaut.context.BeanContext;
import org.xinsheng.staff.LoginFailureRepository;
import org.xinsheng.staff.StaffAccount;
import org.xinsheng.staff.StaffRepository;
import org.xinsheng.staff.StaffService;
import org.xinsheng.web.ApiException;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code staff list | add USER --role ROLE [--unit UNIT] [--name NAME] | disable USER | enable USER |
 * reset-password USER}: account work for an operator with a shell on a node, against the configured database.
 * New passwords come from {@link NewPassword}; a reset also clears the name's failed logins, so a locked-out admin
 * can log in at once.
 */
public final class StaffCommand {

    static final String USAGE = """
            usage: xinsheng staff list
                   xinsheng staff add USER --role hotline|handler|supervisor|admin [--unit UNIT] [--name "DISPLAY NAME"]
                   xinsheng staff disable USER
                   xinsheng staff enable USER
                   xinsheng staff reset-password USER
            A new password is read from standard input when it is not a terminal; otherwise one is generated and
            printed once.""";

    /** Stands for the operator in {@link StaffService#update}, which refuses only an admin switching off themself. */
    private static final StaffAccount OPERATOR = new StaffAccount(null, "(command line)", "", "admin", null,
            "command line", true, Instant.EPOCH);

    private final StaffService service;
    private final StaffRepository accounts;
    private final LoginFailureRepository failures;
    private final NewPassword newPassword;

    public StaffCommand(BeanContext context, NewPassword newPassword) {
        this.service = context.getBean(StaffService.class);
        this.accounts = context.getBean(StaffRepository.class);
        this.failures = context.getBean(LoginFailureRepository.class);
        this.newPassword = newPassword;
    }

    /** Runs {@code args} (without the leading "staff"); the exit status. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        String verb = args.get(0);
        try {
            return switch (verb) {
                case "list" -> list(out);
                case "add" -> add(args.subList(1, args.size()), out, err);
                case "disable" -> setActive(user(args), false, out);
                case "enable" -> setActive(user(args), true, out);
                case "reset-password" -> resetPassword(user(args), out, err);
                default -> {
                    err.println("unknown staff command: " + verb);
                    err.println(USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (ApiException e) {
            err.println(describe(e));
            return 1;
        }
    }

    private int list(PrintStream out) {
        out.printf("%-24s %-11s %-20s %-8s %s%n", "user", "role", "unit", "active", "name");
        for (StaffAccount a : accounts.findAllOrderByUsername()) {
            out.printf("%-24s %-11s %-20s %-8s %s%n", a.username(), a.role(), a.unit() == null ? "" : a.unit(),
                    a.active() ? "yes" : "no", a.displayName() == null ? "" : a.displayName());
        }
        return 0;
    }

    private int add(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new UsageException("staff add needs a user name");
        }
        String username = args.get(0);
        Map<String, String> options = Options.parse(args.subList(1, args.size()), List.of("--role", "--unit", "--name"));
        String role = Optional.ofNullable(options.get("--role")).orElseThrow(() -> new UsageException("--role is required"));
        NewPassword.Chosen password = newPassword.choose(err);
        service.create(username, password.value(), role, options.get("--unit"), options.get("--name"));
        out.println("created " + username + " (" + role + ")");
        password.announce(out);
        return 0;
    }

    private int setActive(String username, boolean active, PrintStream out) {
        service.update(OPERATOR, username, active, null);
        out.println((active ? "enabled " : "disabled ") + username);
        return 0;
    }

    private int resetPassword(String username, PrintStream out, PrintStream err) {
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> ApiException.notFound("No account has this user name."));
        NewPassword.Chosen password = newPassword.choose(err);
        service.update(OPERATOR, username, null, password.value());
        failures.deleteByUsername(username);
        out.println("new password set for " + username + "; failed logins cleared");
        password.announce(out);
        if (!account.active()) {
            out.println("note: " + username + " is switched off; `xinsheng staff enable " + username + "` switches it on");
        }
        return 0;
    }

    private static String user(List<String> args) {
        if (args.size() != 2) {
            throw new UsageException("staff " + args.get(0) + " needs exactly one user name");
        }
        return args.get(1);
    }

    private static String describe(ApiException e) {
        var error = e.toError();
        StringBuilder s = new StringBuilder(error.message());
        error.fields().forEach((field, reason) -> s.append(System.lineSeparator()).append("  ").append(field)
                .append(": ").append(reason));
        return s.toString();
    }

    /** Options of the form {@code --name value}. */
    static final class Options {

        private Options() {
        }

        static Map<String, String> parse(List<String> args, List<String> known) {
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i < args.size(); i += 2) {
                String name = args.get(i);
                if (!known.contains(name)) {
                    throw new UsageException("unknown option " + name + " (known: " + String.join(", ", known) + ")");
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException(name + " needs a value");
                }
                options.put(name, args.get(i + 1));
            }
            return options;
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
