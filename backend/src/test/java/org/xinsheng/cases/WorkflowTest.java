package org.xinsheng.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowTest {

    // status | who | actions available
    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            registered | LEAD        | assign redirect
            registered | WORKER      | -
            registered | PARTICIPANT | note
            registered | SUPERVISOR  | assign redirect note
            assigned   | WORKER      | accept
            assigned   | PARTICIPANT | note
            assigned   | SUPERVISOR  | assign redirect accept note
            assigned   | HOTLINE     | note
            verifying  | WORKER      | verified
            verifying  | PARTICIPANT | progress note
            handling   | WORKER      | resolve
            handling   | PARTICIPANT | progress note
            resolved   | WORKER      | follow_up
            resolved   | LEAD        | close
            resolved   | SUPERVISOR  | follow_up close note
            closed     | SUPERVISOR  | note
            closed     | WORKER      | -
            redirected | LEAD        | assign
            redirected | SUPERVISOR  | assign note
            """)
    void onlyAllowedActionsByAllowedParts(String status, Workflow.Who who, String actions) {
        List<String> expected = "-".equals(actions) ? List.of() : Arrays.asList(actions.split(" "));
        assertEquals(expected, Workflow.available(status, EnumSet.of(who)), status + " as " + who);
    }

    @Test
    void theHappyPathMovesThroughEveryState() {
        assertEquals("assigned", Workflow.ASSIGN.next("registered"));
        assertEquals("assigned", Workflow.ASSIGN.next("redirected"));
        assertEquals("handling", Workflow.ASSIGN.next("handling"));
        assertEquals("verifying", Workflow.ACCEPT.next("assigned"));
        assertEquals("handling", Workflow.VERIFIED.next("verifying"));
        assertEquals("resolved", Workflow.RESOLVE.next("handling"));
        assertEquals("closed", Workflow.CLOSE.next("resolved"));
        assertEquals("redirected", Workflow.REDIRECT.next("assigned"));
        assertEquals("handling", Workflow.PROGRESS.next("handling"));
    }

    @Test
    void everyPublicSentenceExistsInChineseAndTibetan() {
        Properties zh = CaseMessages.bundle("zh");
        Properties bo = CaseMessages.bundle("bo");
        assertEquals(zh.stringPropertyNames(), bo.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            Set<String> zhSlots = slots(zh.getProperty(key));
            assertEquals(zhSlots, slots(bo.getProperty(key)), key);
            assertTrue(bo.getProperty(key).codePoints().anyMatch(c -> c >= 0x0F00 && c <= 0x0FFF), key);
        }
        assertEquals("已解决：追回5000元，3名工人已领到工资",
                CaseMessages.text("resolved", "zh", java.util.Map.of("amount", "5000", "workers", "3")));
    }

    private static Set<String> slots(String text) {
        return java.util.regex.Pattern.compile("\\{[a-z]+}").matcher(text).results().map(r -> r.group())
                .collect(Collectors.toSet());
    }
}
