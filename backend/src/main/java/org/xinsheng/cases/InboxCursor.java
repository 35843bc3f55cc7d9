package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next inbox page starts: the sort keys of the last case shown, and the clock of the first page. The clock
 * travels with the cursor because the risk level depends on it: one walk through the pages ranks every case by the
 * same "now", so no case moves between pages while someone reads them.
 */
public record InboxCursor(String sort, Instant now, int rank, @Nullable Instant deadline, Instant createdAt, long id) {

    private static final String VERSION = "1";

    public String encode() {
        String plain = String.join("|", VERSION, sort, micros(now), Integer.toString(rank),
                deadline == null ? "-" : micros(deadline), micros(createdAt), Long.toString(id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, if it is one of ours; empty for anything else. */
    public static Optional<InboxCursor> decode(String text) {
        if (text == null || text.length() > 200) {
            return Optional.empty();
        }
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
            if (p.length != 7 || !VERSION.equals(p[0])) {
                return Optional.empty();
            }
            return Optional.of(new InboxCursor(p[1], instant(p[2]), Integer.parseInt(p[3]),
                    "-".equals(p[4]) ? null : instant(p[4]), instant(p[5]), Long.parseLong(p[6])));
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static String micros(Instant at) {
        return Long.toString(Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000));
    }

    private static Instant instant(String micros) {
        long value = Long.parseLong(micros);
        return Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1_000L);
    }
}
