package org.xinsheng.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/** The public timeline's sentences in zh and bo (resources/i18n/cases_*.properties); zh where bo lacks one. */
public final class CaseMessages {

    public static final java.util.List<String> LANGUAGES = java.util.List.of("zh", "bo");

    private static final Map<String, Properties> BUNDLES = Map.of("zh", load("zh"), "bo", load("bo"));

    private CaseMessages() {
    }

    public static String text(String key, String language, Map<String, String> values) {
        Properties bundle = BUNDLES.getOrDefault(language, BUNDLES.get("zh"));
        String text = bundle.getProperty(key, BUNDLES.get("zh").getProperty(key));
        if (text == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", v.getValue());
        }
        return singleShad(text);
    }

    /**
     * A Tibetan unit name closes with a shad (།) when written alone; put into a sentence or a list joined with "། "
     * it must not be doubled ("གྲོང་རྡལ།། "). Also applied to sentences stored before this was done.
     */
    public static String singleShad(String text) {
        return text.replace("།།", "།");
    }

    public static String text(String key, String language) {
        return text(key, language, Map.of());
    }

    static Properties bundle(String language) {
        return BUNDLES.get(language);
    }

    private static Properties load(String language) {
        Properties p = new Properties();
        try (InputStream in = CaseMessages.class.getResourceAsStream("/i18n/cases_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
