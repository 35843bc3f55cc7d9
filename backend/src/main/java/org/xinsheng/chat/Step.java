package org.xinsheng.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the bot asks for next; the lower-case key is the API's {@code expecting}. */
public enum Step {
    STORY, EMPLOYER, AMOUNT, WORKERS, TOWNSHIP, PHONE, NAME, CONFIRM, DONE;

    /** The slots after the story, in the order they are asked. */
    static final List<Step> SLOTS = List.of(EMPLOYER, AMOUNT, WORKERS, TOWNSHIP, PHONE, NAME);

    public String key() {
        return name().toLowerCase();
    }

    public static Optional<Step> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }

    /** Slots that only make sense for a wage complaint. */
    boolean wageOnly() {
        return this == EMPLOYER || this == AMOUNT || this == WORKERS;
    }
}
