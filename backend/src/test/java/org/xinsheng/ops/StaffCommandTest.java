package org.xinsheng.ops;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.staff.StaffRepository;
import org.xinsheng.support.Api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class StaffCommandTest {

    @Inject
    ApplicationContext context;
    @Inject
    Api api;
    @Inject
    StaffRepository accounts;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, boolean terminal, String... args) {
        out.reset();
        err.reset();
        NewPassword source = new NewPassword(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), terminal);
        return new StaffCommand(context, source).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private int login(String user, String password) {
        return api.postJson("/api/v1/auth/login",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", null).status();
    }

    @Test
    void anAccountAddedWithAPipedPasswordLogsInAndIsListedAndDisablingItShutsItOut() {
        String user = unique("cli");
        assertEquals(0, run("piped password 123\n", false, "add", user, "--role", "handler", "--unit", "langmusi",
                "--name", "郎木寺镇 接待员"), err());
        assertFalse(out().contains("piped password 123"), "a given password is not echoed");
        assertEquals(200, login(user, "piped password 123"));

        assertEquals(0, run("", true, "list"));
        assertTrue(out().lines().anyMatch(l -> l.startsWith(user) && l.contains("handler") && l.contains("langmusi")
                && l.contains(" yes ")), out());

        assertEquals(0, run("", true, "disable", user));
        assertEquals(401, login(user, "piped password 123"));
        assertFalse(accounts.findByUsername(user).orElseThrow().active());
        assertEquals(0, run("", true, "enable", user));
        assertEquals(200, login(user, "piped password 123"));
    }

    @Test
    void resetPasswordInATerminalPrintsAGeneratedPasswordOnceAndLiftsALockout() {
        String user = unique("locked");
        assertEquals(0, run("first password 123\n", false, "add", user, "--role", "admin"), err());
        for (int i = 0; i < 10; i++) {
            login(user, "wrong password " + i);
        }
        assertEquals(429, login(user, "first password 123"), "locked out by failed logins");

        assertEquals(0, run("", true, "reset-password", user), err());
        Matcher shown = Pattern.compile("password \\(shown once\\): (\\S+)").matcher(out());
        assertTrue(shown.find(), out());
        assertEquals(200, login(user, shown.group(1)));
        assertEquals(401, login(user, "first password 123"));
    }

    @Test
    void mistakesAreNamedAndChangeNothing() {
        String user = unique("bad");
        assertEquals(1, run("long enough pw 1\n", false, "add", user, "--role", "janitor"));
        assertTrue(err().contains("role"), err());
        assertTrue(accounts.findByUsername(user).isEmpty());

        assertEquals(1, run("short\n", false, "add", user, "--role", "hotline"));
        assertTrue(err().contains("password: must have 10 to 200 characters"), err());

        assertEquals(2, run("", false, "add", user, "--role", "hotline"), "no password on a non-terminal stdin");
        assertTrue(err().contains("holds no password"), err());
        assertTrue(accounts.findByUsername(user).isEmpty());

        assertEquals(1, run("", true, "reset-password", unique("nobody")));
        assertTrue(err().contains("No account"), err());

        assertEquals(2, run("", true, "promote", user));
        assertEquals(2, run("", true, "add", user, "--colour", "red"));
    }
}
