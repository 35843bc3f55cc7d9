package org.xinsheng.chat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Scripted dialogues from test resources chat/dialogues-*.txt. A dialogue starts with "=== name language"; then
 * "> text" sends a message, "? step" expects the bot to ask for that step next, "~ words" expects them in the
 * bot's messages, "!~ words" expects them absent, "lang x" expects the reply language, "again" resends the last
 * message, "resume" fetches the conversation as a returning worker would, and "filed field=value ..." checks the
 * complaint stored (phone, name, employer, amountYuan, workers, township, wageArrears, channel; "null" for empty).
 */
record Script(String name, String language, List<String> lines) {

    static List<Script> load(String resource) {
        List<Script> scripts = new ArrayList<>();
        try (InputStream in = Script.class.getResourceAsStream(resource)) {
            String name = null;
            String language = null;
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("=== ")) {
                    if (name != null) {
                        scripts.add(new Script(name, language, lines));
                    }
                    String[] head = l.substring(4).strip().split("\\s+");
                    name = head[0];
                    language = head.length > 1 ? head[1] : "zh";
                    lines = new ArrayList<>();
                } else {
                    lines.add(l);
                }
            }
            if (name != null) {
                scripts.add(new Script(name, language, lines));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return scripts;
    }
}
