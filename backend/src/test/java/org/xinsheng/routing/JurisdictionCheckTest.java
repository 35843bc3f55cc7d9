package org.xinsheng.routing;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `jurisdiction check` and the start-up refusal: every problem of a file at once, by where it is. */
class JurisdictionCheckTest {

    @Test
    void theBundledJurisdictionsAreUsable() {
        for (String key : List.of("luqu", "yangquan")) {
            Path file = Path.of("src/main/resources/jurisdictions/" + key + ".json");
            assertEquals(List.of(), JurisdictionCommand.problems(file), key);
        }
    }

    @Test
    void aFileWithFiveSeededMistakesGetsAllFiveReported() throws Exception {
        List<String> problems = JurisdictionCommand.problems(fiveMistakes());
        assertEquals(5, problems.size(), String.join("\n", problems));
        assertTrue(problems.contains("townships[3] (pingding).name: no zh text, though zh is a declared language"), problems.toString());
        assertTrue(problems.contains("sectors.water: sector water has no bureau"), problems.toString());
        assertTrue(problems.contains("units.police: unknown unit sheriff (not a township, bureau or the task force)"), problems.toString());
        assertTrue(problems.contains("thresholds.fastTrackBelowYuan: must be between 0 and taskForceAmountYuan (got -5)"), problems.toString());
        assertTrue(problems.contains("townships (yuxian).aliases: 平定 is also written for pingding"), problems.toString());
    }

    @Test
    void theCommandPrintsThemAndFails() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = JurisdictionCommand.run(new String[]{"jurisdiction", "check", fiveMistakes().toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(1, code);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("5 problem(s)"), printed);
        assertEquals(5, printed.lines().filter(l -> l.startsWith("  - ")).count(), printed);
        assertEquals(2, JurisdictionCommand.run(new String[]{"jurisdiction"}, System.out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    @Test
    void theServerRefusesTheFileWithTheSameMessages() throws Exception {
        Path file = fiveMistakes();
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> JurisdictionFactory.load(file.toString(), JsonMapper.createDefault()));
        for (String problem : JurisdictionCommand.problems(file)) {
            assertTrue(refused.getMessage().contains(problem), refused.getMessage());
        }
    }

    @Test
    void aLanguageOfferedNeedsEveryNameInIt() throws Exception {
        Path file = Files.createTempFile("jurisdiction", ".json");
        String yangquan = Files.readString(Path.of("src/main/resources/jurisdictions/yangquan.json"));
        Files.writeString(file, yangquan.replace("\"languages\": [\"zh\"]", "\"languages\": [\"zh\", \"bo\"]"));
        List<String> problems = JurisdictionCommand.problems(file);
        assertTrue(problems.contains("townships[4] (yuxian).name: no bo text, though bo is a declared language"), problems.toString());
        assertTrue(problems.contains("bureaus[0] (hrss).name: no bo text, though bo is a declared language"), problems.toString());
        assertTrue(problems.contains("name: no bo text, though bo is a declared language"), problems.toString());
        Files.delete(file);
    }

    @Test
    void anUnreadableFileSaysSo() throws Exception {
        Path file = Files.createTempFile("jurisdiction", ".json");
        Files.writeString(file, "{\"key\": \"x\", ");
        List<String> problems = JurisdictionCommand.problems(file);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("cannot read"), problems.toString());
        Files.delete(file);
    }

    private static Path fiveMistakes() throws URISyntaxException {
        return Path.of(JurisdictionCheckTest.class.getResource("/jurisdictions/five-mistakes.json").toURI());
    }
}
