package org.xinsheng.cases;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The case-action table in docs/api-around-the-case.md is what integrators read instead of the code: each action's
 * starting statuses and who may take it must be the workflow's own.
 */
class WorkflowTableTest {

    private static final Map<String, Workflow.Who> WHO = Map.of("lead", Workflow.Who.LEAD, "worker", Workflow.Who.WORKER,
            "participant", Workflow.Who.PARTICIPANT, "supervisor", Workflow.Who.SUPERVISOR,
            "hotline", Workflow.Who.HOTLINE, "complainant", Workflow.Who.COMPLAINANT);
    private static final List<String> STATUSES = List.of("registered", "assigned", "verifying", "handling", "resolved",
            "closed", "redirected");

    @Test
    void theDocumentedTableIsTheWorkflow() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        for (String line : Files.readAllLines(docs().resolve("api-around-the-case.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length >= 5 && Workflow.of(cells[1].trim()).isPresent()) {
                documented.put(cells[1].trim(), words(cells[2]) + " / " + words(cells[4]));
            }
        }
        Map<String, String> actual = new TreeMap<>();
        for (Workflow action : Workflow.values()) {
            Set<String> from = STATUSES.stream().filter(action::startsFrom).collect(Collectors.toCollection(TreeSet::new));
            Set<String> who = WHO.entrySet().stream().filter(e -> action.allows(Set.of(e.getValue())))
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
            actual.put(action.key(), from + " / " + who);
        }
        assertEquals(actual, documented);
    }

    private static Set<String> words(String cell) {
        return Arrays.stream(cell.split(",")).map(String::trim).filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Path docs() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("docs")) ? here.resolve("docs") : here.getParent().resolve("docs");
    }
}
