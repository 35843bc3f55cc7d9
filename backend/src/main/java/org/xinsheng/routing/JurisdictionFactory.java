package org.xinsheng.routing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the jurisdiction named by {@code xinsheng.jurisdiction}: a bundled name (luqu) or a path to a JSON file. */
@Factory
public class JurisdictionFactory {

    @Singleton
    Jurisdiction jurisdiction(@Value("${xinsheng.jurisdiction:luqu}") String source, JsonMapper json) {
        try (InputStream in = open(source)) {
            return json.readValue(in, Jurisdiction.class);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read jurisdiction '" + source + "': " + e.getMessage(), e);
        }
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
