package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import org.xinsheng.routing.Jurisdiction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Blue, yellow and red warnings (红、黄、蓝三级, DOMAIN.md rule 8) by the jurisdiction's rules: a case rises a level as
 * it stays overdue longer, and some flags (a task-force case, a police referral) start it at a level of their own.
 */
public final class RiskLevels {

    public static final List<String> ORDER = List.of("none", "blue", "yellow", "red");

    private RiskLevels() {
    }

    public static String level(@Nullable Instant deadline, List<String> flags, Instant now, Jurisdiction.Risk risk) {
        String level = byFlags(flags, risk);
        if (deadline != null && now.isAfter(deadline)) {
            long hours = Duration.between(deadline, now).toHours();
            for (Jurisdiction.Risk.Step step : risk.overdue()) {
                if (hours >= step.afterHours()) {
                    level = higher(level, step.level());
                }
            }
        }
        return level;
    }

    /** The highest level the flags give an open case ("none" when none does). */
    public static String byFlags(List<String> flags, Jurisdiction.Risk risk) {
        String level = "none";
        for (String flag : flags) {
            level = higher(level, risk.byFlag().getOrDefault(flag, "none"));
        }
        return level;
    }

    /** 3 for red down to 0 for none: the inbox sorts by it. */
    public static int rank(String level) {
        return ORDER.indexOf(level);
    }

    private static String higher(String a, String b) {
        return rank(b) > rank(a) ? b : a;
    }
}
