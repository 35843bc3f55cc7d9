package org.xinsheng.intake;

import java.util.Arrays;
import java.util.Optional;

/** How a complaint reached XinSheng. */
public enum Channel {
    WEB, CHAT, HOTLINE, IMPORT;

    public String key() {
        return name().toLowerCase();
    }

    public static Optional<Channel> of(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
