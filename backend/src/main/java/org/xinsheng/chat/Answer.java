package org.xinsheng.chat;

import io.micronaut.core.annotation.Nullable;

/** How a reply to a slot question was read: a value, "I don't know / skip", or not understood (with the reason). */
record Answer(Kind kind, @Nullable Object value, @Nullable String reason, Object... args) {

    enum Kind { VALUE, UNKNOWN, INVALID }

    static Answer of(Object value) {
        return new Answer(Kind.VALUE, value, null);
    }

    static Answer unknown() {
        return new Answer(Kind.UNKNOWN, null, null);
    }

    static Answer invalid(String reason, Object... args) {
        return new Answer(Kind.INVALID, null, reason, args);
    }
}
