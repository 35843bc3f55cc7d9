package org.xinsheng.reports;

import io.micronaut.core.annotation.Nullable;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week (2026-W47), Monday 00:00 to the next Monday 00:00 in the jurisdiction's time zone. */
public record IsoWeek(int year, int week, Instant start, Instant end) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public static Optional<IsoWeek> parse(String text, ZoneId zone) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate mid = LocalDate.of(year, 6, 1);
        if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return Optional.of(of(monday, zone));
    }

    public static IsoWeek containing(Instant at, ZoneId zone) {
        LocalDate monday = at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return of(monday, zone);
    }

    private static IsoWeek of(LocalDate monday, ZoneId zone) {
        return new IsoWeek(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                monday.atStartOfDay(zone).toInstant(), monday.plusWeeks(1).atStartOfDay(zone).toInstant());
    }

    /** The given week, or the current one when none is given. */
    public static Optional<IsoWeek> parseOrCurrent(@Nullable String text, ZoneId zone) {
        return text == null || text.isBlank() ? Optional.of(containing(Instant.now(), zone)) : parse(text.strip(), zone);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
