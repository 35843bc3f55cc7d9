package org.xinsheng.chat;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Every sentence the bot says, from chat/messages_{zh,bo}.properties (UTF-8; MessageFormat placeholders). */
@Singleton
public class Messages {

    static final String[] LANGUAGES = {"zh", "bo"};

    private final Map<String, Properties> bundles;

    public Messages() {
        this.bundles = Map.of("zh", load("zh"), "bo", load("bo"));
    }

    static Properties load(String language) {
        String path = "/chat/messages_" + language + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String language, String key, Object... args) {
        Properties bundle = bundles.getOrDefault(language, bundles.get("zh"));
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key + " in " + language);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
