package org.xinsheng;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import org.xinsheng.cases.ExportCorrectionsCommand;
import org.xinsheng.cases.RetentionCommand;
import org.xinsheng.nlp.NlpCommands;
import org.xinsheng.ops.OpsCommands;
import org.xinsheng.routing.JurisdictionCommand;

@OpenAPIDefinition(
        info = @Info(title = "XinSheng (薪声) API", version = "1",
                description = "Wage-arrears complaints: filing, tracking, chat, analysis (public); cases, reports, "
                        + "accounts (staff, with a bearer token from POST /api/v1/auth/login). Every error answers "
                        + "{\"error\", \"message\", \"fields\"}."),
        servers = @Server(url = "/"))
@SecurityScheme(name = "staff", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
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
        if (args.length > 0 && OpsCommands.COMMANDS.contains(args[0])) {
            // Operator commands print their answers on stdout; the application's own log goes to stderr, warnings only.
            System.setProperty("xinsheng.log.level", "WARN");
            System.setProperty("xinsheng.log.target", "System.err");
            System.exit(OpsCommands.run(args));
        }
        Micronaut.build(args).banner(false).start();
    }
}
