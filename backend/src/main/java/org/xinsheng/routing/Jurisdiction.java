package org.xinsheng.routing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A county's units as data: its townships and bureaus, each with a key and names in zh and bo. */
@Serdeable
public record Jurisdiction(String key, Map<String, String> name, List<Unit> townships, List<Unit> bureaus) {

    @Serdeable
    public record Unit(String key, Map<String, String> name) {

        public String name(String language) {
            return name.getOrDefault(language, name.get("zh"));
        }
    }

    public boolean hasTownship(@Nullable String key) {
        return key != null && townships.stream().anyMatch(t -> t.key().equals(key));
    }

    public Optional<Unit> unit(String key) {
        return Stream.concat(townships.stream(), bureaus.stream()).filter(u -> u.key().equals(key)).findFirst();
    }
}
