package org.xinsheng.chat;

import jakarta.inject.Singleton;
import org.xinsheng.routing.Jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every sentence the bot says, from chat/messages_{zh,bo}.properties (UTF-8; MessageFormat placeholders). The
 * jurisdiction's facts are named placeholders filled in once: {county}, {hotline} and {township} (its first
 * township, for examples).
 */
@Singleton
public class Messages {

    static final String[] LANGUAGES = {"zh", "bo"};

    private static final String SHAD = "\u0F0D";

    private final Map<String, Properties> bundles;

    public Messages(Jurisdiction jurisdiction) {
        this.bundles = Map.of("zh", withFacts(load("zh"), jurisdiction, "zh"), "bo", withFacts(load("bo"), jurisdiction, "bo"));
    }

    private static Properties withFacts(Properties bundle, Jurisdiction jurisdiction, String language) {
        String county = spoken(jurisdiction.name().getOrDefault(language, jurisdiction.name().get("zh")));
        String township = spoken(jurisdiction.townships().get(0).name(language));
        Properties filled = new Properties();
        for (String key : bundle.stringPropertyNames()) {
            filled.setProperty(key, bundle.getProperty(key).replace("{county}", county)
                    .replace("{hotline}", jurisdiction.hotline()).replace("{township}", township));
        }
        return filled;
    }

    /** A Tibetan name inside a sentence goes without the shad that closes it when written alone. */
    private static String spoken(String name) {
        return name.endsWith(SHAD) ? name.substring(0, name.length() - 1) : name;
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
