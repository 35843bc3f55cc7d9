package org.xinsheng.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The worker's SMS texts in zh and bo (resources/i18n/notify_*.properties); zh for any other language. */
public final class SmsTexts {

    public static final List<String> LANGUAGES = List.of("zh", "bo");

    private static final Map<String, Properties> BUNDLES = Map.of("zh", load("zh"), "bo", load("bo"));

    private SmsTexts() {
    }

    public static boolean has(String key) {
        return BUNDLES.get("zh").containsKey(key);
    }

    public static String text(String key, String language, String code) {
        Properties bundle = BUNDLES.getOrDefault(language, BUNDLES.get("zh"));
        String text = bundle.getProperty(key, BUNDLES.get("zh").getProperty(key));
        if (text == null) {
            throw new IllegalArgumentException("no SMS text " + key);
        }
        return text.replace("{code}", code);
    }

    static Properties bundle(String language) {
        return BUNDLES.get(language);
    }

    private static Properties load(String language) {
        Properties p = new Properties();
        try (InputStream in = SmsTexts.class.getResourceAsStream("/i18n/notify_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
