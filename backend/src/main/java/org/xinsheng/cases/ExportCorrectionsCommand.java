package org.xinsheng.cases;

import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code nlp-export-corrections [FILE]}: writes the staff corrections in the configured database as corpus lines to
 * FILE (standard output without one), for {@code nlp-train --extra FILE}. The count goes to standard error.
 */
public final class ExportCorrectionsCommand {

    public static final String NAME = "nlp-export-corrections";

    private ExportCorrectionsCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        System.setOut(err); // only the corpus lines go to standard output, never a log line
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("xinsheng.notify.enabled", false, "xinsheng.demo", "false"))
                .start()) {
            CorrectionExport export = context.getBean(CorrectionExport.class);
            int written;
            if (args.length > 1) {
                try (OutputStream file = Files.newOutputStream(Path.of(args[1]))) {
                    written = export.write(file);
                }
            } else {
                written = export.write(out);
            }
            err.printf("exported %d corrected complaints%s%n", written, args.length > 1 ? " to " + args[1] : "");
            return 0;
        }
    }
}
