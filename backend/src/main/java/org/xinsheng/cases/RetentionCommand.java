package org.xinsheng.cases;

import io.micronaut.context.ApplicationContext;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code anonymize [--dry-run]}: runs {@link Retention} once against the configured database, without the server. */
public final class RetentionCommand {

    public static final String NAME = "anonymize";

    private RetentionCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        boolean dryRun = List.of(args).contains("--dry-run");
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("xinsheng.notify.enabled", false, "xinsheng.demo", "false"))
                .start()) {
            Retention retention = context.getBean(Retention.class);
            Instant now = Instant.now();
            List<Long> due = retention.anonymize(now, dryRun);
            out.printf("%s %d cases closed before %s%n", dryRun ? "would anonymise" : "anonymised",
                    due.size(), retention.cutoff(now));
            return 0;
        }
    }
}
