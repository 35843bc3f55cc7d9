package org.xinsheng.routing;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What the rules made of a complaint: its first status, the units and their parts, the flags, and the advice to give
 * the complainant in their language ({@code adviceKey} names which advice: legal_aid for wage complaints, or the
 * channel a non-wage complaint belongs to).
 */
public record Routing(String status, List<Assignment> assignments, List<String> flags,
                      @Nullable String adviceKey, @Nullable String advice) {

    public Routing {
        assignments = List.copyOf(assignments);
        flags = List.copyOf(flags);
    }
}
