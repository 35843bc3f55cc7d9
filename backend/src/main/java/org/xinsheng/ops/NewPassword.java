package org.xinsheng.ops;

import org.xinsheng.staff.Passwords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Where a new staff password comes from: the first line of standard input when that is a pipe or a file (scripts,
 * {@code echo … |}), otherwise a generated one that is printed once and stored nowhere else.
 */
public final class NewPassword {

    private final InputStream in;
    private final boolean terminal;

    public NewPassword(InputStream in, boolean terminal) {
        this.in = in;
        this.terminal = terminal;
    }

    /** Standard input as the JVM sees it: a terminal when there is a console. */
    public static NewPassword fromStandardInput() {
        return new NewPassword(System.in, System.console() != null);
    }

    public record Chosen(String value, boolean generated) {

        /** Prints a generated password (the operator has no other way to learn it); a given one is not echoed. */
        void announce(PrintStream out) {
            if (generated) {
                out.println("password (shown once): " + value);
            }
        }

        @Override
        public String toString() {
            return "Chosen[generated=" + generated + "]";
        }
    }

    Chosen choose(PrintStream err) {
        if (terminal) {
            return new Chosen(Passwords.generate(), true);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isBlank()) {
                throw new StaffCommand.UsageException(
                        "standard input is not a terminal but holds no password: pipe one line in, or run this in a terminal for a generated one");
            }
            return new Chosen(line.strip(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
