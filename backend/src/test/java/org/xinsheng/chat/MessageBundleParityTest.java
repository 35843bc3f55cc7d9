package org.xinsheng.chat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bot sentence exists in both languages, with the same placeholders; none is written in Java. */
class MessageBundleParityTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+|county|hotline|township)}");

    @Test
    void everyKeyIsInBothLanguages() {
        Properties zh = Messages.load("zh");
        Properties bo = Messages.load("bo");
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(bo.stringPropertyNames());
        Set<String> onlyBo = new TreeSet<>(bo.stringPropertyNames());
        onlyBo.removeAll(zh.stringPropertyNames());
        assertTrue(onlyZh.isEmpty(), "missing in messages_bo.properties: " + onlyZh);
        assertTrue(onlyBo.isEmpty(), "missing in messages_zh.properties: " + onlyBo);
    }

    @Test
    void translationsAreNotEmptyAndKeepTheirPlaceholders() {
        Properties zh = Messages.load("zh");
        Properties bo = Messages.load("bo");
        for (String key : zh.stringPropertyNames()) {
            String z = zh.getProperty(key);
            String b = bo.getProperty(key, "");
            assertTrue(!z.isBlank() && !b.isBlank(), "empty message " + key);
            assertEquals(placeholders(z), placeholders(b), "placeholders of " + key);
            assertTrue(!z.contains("'") && !b.contains("'"), "MessageFormat would eat the apostrophe in " + key);
        }
    }

    @Test
    void tibetanMessagesAreInTibetan() {
        Properties bo = Messages.load("bo");
        for (String key : bo.stringPropertyNames()) {
            if (!key.equals("button.other_language")) {
                assertTrue(bo.getProperty(key).codePoints().anyMatch(cp -> cp >= 0x0F40 && cp <= 0x0FBC),
                        key + " is not Tibetan");
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties zh = Messages.load("zh");
        Pattern literal = Pattern.compile("\"((?:ask|reason|noted|story|summary|filed|confirm|button|resume|done)[a-z_.]*"
                + "|greeting|help|abuse|corrected|restarted|language\\.switched)\"");
        List<String> missing = new ArrayList<>();
        for (Path file : chatSources()) {
            Matcher m = literal.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                boolean prefix = key.endsWith(".");
                if (!prefix && !zh.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used in code but not in the bundles: " + missing);
        for (Step step : Step.values()) {
            if (step != Step.CONFIRM && step != Step.DONE) {
                assertTrue(zh.containsKey("ask." + step.key()), "ask." + step.key());
            }
        }
        for (Step slot : Step.SLOTS) {
            assertTrue(zh.containsKey("button.edit." + slot.key()), "button.edit." + slot.key());
        }
    }

    @Test
    void noUserFacingTextInJava() throws IOException {
        Pattern stringLiteral = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
        for (Path file : chatSources()) {
            String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
            Matcher m = stringLiteral.matcher(code);
            while (m.find()) {
                String literal = m.group();
                assertTrue(literal.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.TIBETAN),
                        file + " has Chinese or Tibetan text in Java: " + literal);
            }
        }
    }

    private static List<Path> chatSources() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/xinsheng/chat"))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
