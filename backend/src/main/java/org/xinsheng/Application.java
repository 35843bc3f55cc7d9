package org.xinsheng;

import io.micronaut.runtime.Micronaut;
import org.xinsheng.cases.ExportCorrectionsCommand;
import org.xinsheng.cases.RetentionCommand;
import org.xinsheng.nlp.NlpCommands;
import org.xinsheng.routing.JurisdictionCommand;

public final class Application {

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && NlpCommands.COMMANDS.contains(args[0])) {
            // The NLP tools need neither the HTTP server nor the database.
            System.exit(NlpCommands.run(args));
        }
        if (args.length > 0 && RetentionCommand.NAME.equals(args[0])) {
            System.exit(RetentionCommand.run(args, System.out));
        }
        if (args.length > 0 && JurisdictionCommand.NAME.equals(args[0])) {
            System.exit(JurisdictionCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && ExportCorrectionsCommand.NAME.equals(args[0])) {
            System.exit(ExportCorrectionsCommand.run(args, System.out, System.err));
        }
        Micronaut.build(args).banner(false).start();
    }
}
