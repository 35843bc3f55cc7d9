package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import org.xinsheng.routing.Jurisdiction;

import java.time.Instant;
import java.time.ZoneId;

/**
 * When the current step of a case is due (DOMAIN.md rule 8), by whole days in the county's time zone: a new
 * complaint is classified and verified by the end of the day it came in (当天核实); a case passed down from above
 * (an import) reports progress by the end of the next day (次日报告); then it is resolved within the resolve days
 * (fewer on the fast track), and followed up within the follow-up days of its resolution.
 */
public final class Deadlines {

    private Deadlines() {
    }

    public static @Nullable Instant due(String status, Instant filedAt, boolean passedDown, boolean progressReported,
                                        boolean fastTrack, @Nullable Instant resolvedAt, Jurisdiction.Deadlines days) {
        ZoneId zone = ZoneId.of(days.timeZone());
        return switch (status) {
            case "registered", "assigned", "verifying" -> endOfDay(filedAt, days.verifyDays(), zone);
            case "handling" -> passedDown && !progressReported
                    ? endOfDay(filedAt, days.progressDays(), zone)
                    : endOfDay(filedAt, fastTrack ? days.fastTrackResolveDays() : days.resolveDays(), zone);
            case "resolved" -> endOfDay(resolvedAt == null ? filedAt : resolvedAt, days.followUpDays(), zone);
            default -> null;
        };
    }

    /** The end of the day {@code plusDays} after the day of {@code at}: the first instant of the day after. */
    static Instant endOfDay(Instant at, int plusDays, ZoneId zone) {
        return at.atZone(zone).toLocalDate().plusDays(plusDays + 1L).atStartOfDay(zone).toInstant();
    }
}
