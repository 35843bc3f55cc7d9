package org.xinsheng.ops;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code xinsheng migrate} on the test database: brings it to this jar's version, then finds nothing to do. */
class MigrateCommandTest {

    @Test
    void migrateBringsTheSchemaUpToDateThenHasNothingToDo() {
        Run first = run("migrate");
        assertEquals(0, first.code(), first.err());
        Run second = run("migrate");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().startsWith("The schema is already at version "), second.out());
    }

    @Test
    void unknownOptionsAreRefused() {
        Run wrong = run("migrate", "--now");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("usage: xinsheng migrate"), wrong.err());
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OpsCommands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
