package org.xinsheng.routing;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar xinsheng.jar jurisdiction check FILE}: every problem of a jurisdiction file at once, the same
 * list the server would refuse to start with. Exit code 0 when the file is usable, 1 when it is not, 2 on bad usage.
 */
public final class JurisdictionCommand {

    public static final String NAME = "jurisdiction";

    private JurisdictionCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3 || !"check".equals(args[1])) {
            err.println("usage: java -jar xinsheng.jar jurisdiction check FILE.json");
            return 2;
        }
        Path file = Path.of(args[2]);
        List<String> problems = problems(file);
        if (problems.isEmpty()) {
            out.println(file + ": usable");
            return 0;
        }
        out.println(file + ": " + problems.size() + " problem(s)");
        problems.forEach(p -> out.println("  - " + p));
        return 1;
    }

    public static List<String> problems(Path file) {
        Jurisdiction jurisdiction;
        try (InputStream in = Files.newInputStream(file)) {
            jurisdiction = JsonMapper.createDefault().readValue(in, Jurisdiction.class);
        } catch (IOException | RuntimeException e) {
            return List.of("cannot read the file as a jurisdiction: " + e.getMessage());
        }
        return JurisdictionCheck.problems(jurisdiction, JurisdictionFactory::gazetteerExists);
    }
}
