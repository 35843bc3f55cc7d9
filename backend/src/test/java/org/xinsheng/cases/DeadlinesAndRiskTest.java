package org.xinsheng.cases;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.routing.JurisdictionFactory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DeadlinesAndRiskTest {

    static final Jurisdiction LUQU = JurisdictionFactory.load("luqu", JsonMapper.createDefault());
    static final Jurisdiction YANGQUAN = JurisdictionFactory.load("yangquan", JsonMapper.createDefault());

    // Filed at 2026-11-20 10:00 Beijing time = 02:00Z; "end of day" is midnight Beijing time = 16:00Z.
    static final Instant FILED = Instant.parse("2026-11-20T02:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            new complaint: same day           | registered | false | false | false | -                    | 2026-11-20T16:00:00Z
            assigned: verified the same day   | assigned   | false | false | false | -                    | 2026-11-20T16:00:00Z
            verifying: the same day           | verifying  | false | false | false | -                    | 2026-11-20T16:00:00Z
            passed down: progress next day    | handling   | true  | false | false | -                    | 2026-11-21T16:00:00Z
            passed down, progress reported    | handling   | true  | true  | false | -                    | 2026-12-20T16:00:00Z
            handling: resolve in 30 days      | handling   | false | false | false | -                    | 2026-12-20T16:00:00Z
            fast track: resolve in 15 days    | handling   | false | false | true  | -                    | 2026-12-05T16:00:00Z
            resolved: follow up within 7 days | resolved   | false | false | false | 2026-11-25T09:00:00Z | 2026-12-02T16:00:00Z
            closed: nothing due               | closed     | false | false | false | -                    | -
            redirected: nothing due           | redirected | false | false | false | -                    | -
            """)
    void deadlinesFollowTheDaysInTheCountysTimeZone(String why, String status, boolean passedDown, boolean progress,
                                                    boolean fastTrack, String resolvedAt, String due) {
        Instant deadline = Deadlines.due(status, FILED, passedDown, progress, fastTrack,
                resolvedAt == null ? null : Instant.parse(resolvedAt), LUQU.deadlines());
        assertEquals(due == null ? null : Instant.parse(due), deadline, why);
    }

    @Test
    void aComplaintFiledLateInTheEveningIsStillDueThatDay() {
        Instant lateEvening = Instant.parse("2026-11-20T15:30:00Z"); // 23:30 in Luqu
        assertEquals(Instant.parse("2026-11-20T16:00:00Z"),
                Deadlines.due("assigned", lateEvening, false, false, false, null, LUQU.deadlines()));
    }

    static final Instant DUE = Instant.parse("2026-11-20T16:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            not yet due                  | 2026-11-20T15:00:00Z | -               | none
            just overdue                 | 2026-11-20T16:00:01Z | -               | blue
            23 hours overdue             | 2026-11-21T15:00:00Z | -               | blue
            24 hours overdue             | 2026-11-21T16:00:00Z | -               | yellow
            71 hours overdue             | 2026-11-23T15:00:00Z | -               | yellow
            72 hours overdue             | 2026-11-23T16:00:00Z | -               | red
            task force, on time          | 2026-11-20T15:00:00Z | task_force      | yellow
            police referral, on time     | 2026-11-20T15:00:00Z | police_referral | yellow
            fast track, on time          | 2026-11-20T15:00:00Z | fast_track      | none
            task force, 72 hours overdue | 2026-11-23T16:00:00Z | task_force      | red
            """)
    void overdueCasesRiseThroughBlueYellowRed(String why, String now, String flags, String level) {
        List<String> flagList = flags == null ? List.of() : Arrays.asList(flags.split(" "));
        assertEquals(level, RiskLevels.level(DUE, flagList, Instant.parse(now), LUQU.risk()), why);
    }

    @Test
    void riskRulesAreTheJurisdictions() {
        Instant fiftyHoursLate = DUE.plusSeconds(50 * 3600);
        assertEquals("yellow", RiskLevels.level(DUE, List.of(), fiftyHoursLate, LUQU.risk()));
        assertEquals("red", RiskLevels.level(DUE, List.of(), fiftyHoursLate, YANGQUAN.risk()));
        assertEquals("none", RiskLevels.level(null, List.of(), fiftyHoursLate, LUQU.risk()));
        assertNull(Deadlines.due("closed", FILED, false, false, false, null, YANGQUAN.deadlines()));
    }
}
