package org.xinsheng.routing;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the jurisdiction named by {@code xinsheng.jurisdiction}: a bundled name (luqu, yangquan) or a path to a JSON
 * file. A file with problems ({@link JurisdictionCheck}: a unit it does not define, a sector without a bureau, a text
 * without one of its languages, a threshold out of range...) stops the start with the list of them all.
 */
@Factory
public class JurisdictionFactory {

    // Loaded first, so a broken file stops the start before anything else runs, with its problems as the message.
    @Context
    Jurisdiction jurisdiction(@Value("${xinsheng.jurisdiction:luqu}") String source, JsonMapper json) {
        return load(source, json);
    }

    public static Jurisdiction load(String source, JsonMapper json) {
        Jurisdiction jurisdiction;
        try (InputStream in = open(source)) {
            jurisdiction = json.readValue(in, Jurisdiction.class);
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException("Cannot read jurisdiction '" + source + "': " + e.getMessage(), e);
        }
        List<String> problems = JurisdictionCheck.problems(jurisdiction, JurisdictionFactory::gazetteerExists);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Jurisdiction '" + source + "' is not usable, " + problems.size()
                    + " problem(s):" + System.lineSeparator() + "  - "
                    + String.join(System.lineSeparator() + "  - ", problems));
        }
        return jurisdiction;
    }

    /** Township gazetteers are packaged with the analyzer's other word lists (nlp-models/gazetteers). */
    public static boolean gazetteerExists(String file) {
        return JurisdictionFactory.class.getClassLoader().getResource("nlp/gazetteers/" + file) != null;
    }

    private static InputStream open(String source) throws IOException {
        if (source.endsWith(".json")) {
            return Files.newInputStream(Path.of(source));
        }
        InputStream in = JurisdictionFactory.class.getResourceAsStream("/jurisdictions/" + source + ".json");
        if (in == null) {
            throw new IOException("no bundled jurisdiction with that name");
        }
        return in;
    }
}
