package org.xinsheng.i18n;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * i18n/glossary.bo.json against every user-facing Tibetan string: the form and tracking page (frontend bo.json), the
 * chat, the SMS texts, the public timeline and the jurisdiction's names and advice. No string may use a word the
 * glossary marks to avoid (unless the word is part of a chosen form, as ཤང་གྲོང is of ཤང་གྲོང་རྡལ), and each concept's
 * chosen form is used in the bundles the glossary lists for it.
 */
class TibetanGlossaryTest {

    private static final Path FORM = Path.of("../frontend/src/locales/bo.json");
    private static final Set<String> STATUSES = Set.of("attested", "variant", "changed", "unverified");
    private static final List<Integer> LIKELY_WRONG_AUDIT_ROWS = List.of(5, 7, 30, 35, 36, 44, 49, 52, 54);
    /** Particles written onto the last syllable of a word: ཀུང་སིའམ, ལས་དཔོན་ནས is separate, ཞུ་གཏུག་གི too. */
    private static final List<String> FUSED = List.of("འི", "འམ", "འང", "འོ", "ས", "ར");

    private record Concept(String key, String bo, String status, String source, List<String> avoid, List<String> usedIn) {
    }

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static JsonNode glossary;
    private static List<Concept> concepts;
    /** bundle -> (key -> Tibetan string). */
    private static Map<String, Map<String, String>> bundles;

    @BeforeAll
    static void load() throws IOException {
        glossary = JSON.readValue(resource("/i18n/glossary.bo.json"), JsonNode.class);
        concepts = new ArrayList<>();
        for (JsonNode c : glossary.get("concepts").values()) {
            concepts.add(new Concept(c.get("key").getStringValue(), c.get("bo").getStringValue(),
                    c.get("status").getStringValue(), c.get("source").getStringValue(), strings(c.get("avoid")),
                    c.get("usedIn") == null ? List.of() : strings(c.get("usedIn"))));
        }
        bundles = new LinkedHashMap<>();
        Map<String, String> form = new LinkedHashMap<>();
        flatten(JSON.readValue(Files.readAllBytes(FORM), JsonNode.class), "", form);
        bundles.put("form", form);
        bundles.put("chat", properties("/chat/messages_bo.properties"));
        bundles.put("sms", properties("/i18n/notify_bo.properties"));
        bundles.put("timeline", properties("/i18n/cases_bo.properties"));
        Map<String, String> jurisdiction = new LinkedHashMap<>();
        tibetanOf(JSON.readValue(resource("/jurisdictions/luqu.json"), JsonNode.class), "", jurisdiction);
        bundles.put("jurisdiction", jurisdiction);
    }

    @Test
    void theGlossaryIsComplete() {
        Set<String> keys = new HashSet<>();
        Set<String> chosen = new HashSet<>();
        for (Concept c : concepts) {
            assertTrue(keys.add(c.key()), "concept listed twice: " + c.key());
            assertFalse(c.bo().isBlank(), c.key());
            assertTrue(STATUSES.contains(c.status()), c.key() + " has status " + c.status());
            assertFalse(c.source().isBlank(), c.key() + " names no source (write 'unverified' if none)");
            assertTrue(bundles.keySet().containsAll(c.usedIn()), c.key() + " usedIn " + c.usedIn());
            chosen.add(c.bo());
        }
        for (Concept c : concepts) {
            for (String word : c.avoid()) {
                assertFalse(chosen.contains(word), word + " is both chosen and avoided");
            }
        }
        assertTrue(concepts.size() >= 40, "the glossary covers the vocabulary of the whole app");
        for (String key : List.of("tracking_code", "wage_arrears", "wages", "employer", "labour_contractor",
                "township_generic", "status_registered", "status_assigned", "status_verifying", "status_handling",
                "status_resolved", "status_closed", "status_redirected", "legal_aid", "task_force", "migrant_worker",
                "app_name", "complaint", "hotline")) {
            assertTrue(keys.contains(key), "the glossary has no " + key);
        }
    }

    @Test
    void everyLikelyWrongAuditRowIsResolved() {
        Map<Integer, String> resolved = new LinkedHashMap<>();
        for (JsonNode row : glossary.get("likelyWrongRows").values()) {
            String concept = row.get("concept").getStringValue();
            assertTrue(concepts.stream().anyMatch(c -> c.key().equals(concept)), "no concept " + concept);
            assertFalse(row.get("resolution").getStringValue().isBlank(), "row " + row.get("row").getIntValue());
            resolved.put(row.get("row").getIntValue(), concept);
        }
        assertEquals(LIKELY_WRONG_AUDIT_ROWS, List.copyOf(resolved.keySet()));
    }

    @Test
    void noUserFacingStringUsesAnAvoidedWord() {
        List<String> found = new ArrayList<>();
        bundles.forEach((bundle, strings) -> strings.forEach((key, text) -> {
            List<int[]> chosen = new ArrayList<>();
            for (Concept c : concepts) {
                for (int at = text.indexOf(c.bo()); at >= 0; at = text.indexOf(c.bo(), at + 1)) {
                    chosen.add(new int[] {at, at + c.bo().length()});
                }
            }
            for (Concept c : concepts) {
                for (String word : c.avoid()) {
                    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                        int start = at;
                        int end = at + word.length();
                        boolean partOfChosen = chosen.stream().anyMatch(s -> s[0] <= start && end <= s[1]);
                        if (wholeSyllables(text, start, end) && !partOfChosen) {
                            found.add(bundle + ":" + key + " uses " + word + " (" + c.key() + ": write " + c.bo() + ")");
                        }
                    }
                }
            }
        }));
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void eachConceptUsesItsChosenFormWhereverTheGlossarySaysItAppears() {
        List<String> missing = new ArrayList<>();
        for (Concept c : concepts) {
            for (String bundle : c.usedIn()) {
                if (bundles.get(bundle).values().stream().noneMatch(text -> occurs(text, c.bo()))) {
                    missing.add(c.key() + " (" + c.bo() + ") in " + bundle);
                }
            }
        }
        assertTrue(missing.isEmpty(), "chosen forms not used: " + missing);
    }

    @Test
    void theCheckFindsAnAvoidedWordAndSparesOneInsideAChosenForm() {
        assertTrue(occurs("ཁྱེད་ཀྱི་མཚན་ལ་ག་རེ་ཞུ།", "ག་རེ"), "ག་རེ as its own syllables");
        assertFalse(occurs("ཐག་རེ་རེ", "ག་རེ"), "the ག of ཐག is not the word ག་རེ");
        assertFalse(occurs("ཁྲིམས་ལུགས", "ཁྲི"), "a word ends at a syllable end");
        assertTrue(occurs("ཀུང་སིའམ་ལས་དཔོན", "ཀུང་སི"), "with a fused particle");
        assertFalse(occurs("གཅིག", "ཅི"), "ཅི is not inside གཅིག");
    }

    private static boolean occurs(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (wholeSyllables(text, at, at + word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean wholeSyllables(String text, int start, int end) {
        if (start > 0 && isTibetanLetter(text.charAt(start - 1))) {
            return false;
        }
        if (end == text.length() || !isTibetanLetter(text.charAt(end))) {
            return true;
        }
        for (String particle : FUSED) {
            int after = end + particle.length();
            if (text.startsWith(particle, end) && (after == text.length() || !isTibetanLetter(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /** Letters, vowel signs and subjoined letters; not the tsheg, shad or other marks. */
    private static boolean isTibetanLetter(char c) {
        return c >= '\u0F40' && c <= '\u0FBC';
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array.values()) {
            out.add(v.getStringValue());
        }
        return out;
    }

    private static void flatten(JsonNode node, String prefix, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.entries()) {
                flatten(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out);
            }
        } else if (node.isString()) {
            out.put(prefix, node.getStringValue());
        }
    }

    /** Every "bo" text of the jurisdiction file, named by its path. */
    private static void tibetanOf(JsonNode node, String path, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.entries()) {
                String at = path + "." + e.getKey();
                if (e.getKey().equals("bo") && e.getValue().isString()) {
                    out.put(at, e.getValue().getStringValue());
                } else {
                    tibetanOf(e.getValue(), at, out);
                }
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode item : node.values()) {
                tibetanOf(item, path + "[" + i++ + "]", out);
            }
        }
    }

    private static Map<String, String> properties(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            out.put(key, p.getProperty(key));
        }
        return out;
    }

    private static InputStream resource(String name) {
        InputStream in = TibetanGlossaryTest.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing " + name);
        }
        return in;
    }
}
