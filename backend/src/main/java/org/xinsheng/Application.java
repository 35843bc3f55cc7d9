package org.xinsheng;

import io.micronaut.runtime.Micronaut;
import org.xinsheng.cases.RetentionCommand;
import org.xinsheng.nlp.NlpCommands;
import org.xinsheng.ops.OpsCommands;

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
        if (args.length > 0 && OpsCommands.COMMANDS.contains(args[0])) {
            // Operator commands print their answers on stdout; the application's own log goes to stderr, warnings only.
            System.setProperty("xinsheng.log.level", "WARN");
            System.setProperty("xinsheng.log.target", "System.err");
            System.exit(OpsCommands.run(args));
        }
        Micronaut.build(args).banner(false).start();
    }
}
