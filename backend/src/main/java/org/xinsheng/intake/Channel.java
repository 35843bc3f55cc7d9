package org.xinsheng.intake;

import java.util.Arrays;
import java.util.Optional;

/** How a complaint reached XinSheng. */
public enum Channel {
    WEB, CHAT, HOTLINE, IMPORT;

    public String key() {
        return name().toLowerCase();
    }

    /** Filed by staff (a hotline operator, a platform import): their analysis fields override the analyzer's. */
    public boolean staff() {
        return this == HOTLINE || this == IMPORT;
    }

    public static Optional<Channel> of(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
