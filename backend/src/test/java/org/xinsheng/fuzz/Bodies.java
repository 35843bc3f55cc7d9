package org.xinsheng.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.List;
import java.util.stream.Collectors;

/** Generated request bodies: mostly well-formed JSON objects with good, bad and odd fields, some plain garbage. */
final class Bodies {

    private static final List<String> FIELDS = List.of("text", "phone", "name", "channel", "language", "wageArrears",
            "sector", "sectorConfidence", "employer", "amountYuan", "workers", "township", "absconded", "extra");

    private Bodies() {
    }

    static Arbitrary<String> complaintBodies() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, objects()),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(200)),
                Tuple.of(1, objects().map(o -> o.substring(0, o.length() / 2))));
    }

    private static Arbitrary<String> objects() {
        Arbitrary<String> member = Combinators.combine(Arbitraries.of(FIELDS), values())
                .as((field, value) -> "\"" + field + "\":" + value);
        return member.list().ofMaxSize(8).map(members -> members.stream().collect(Collectors.joining(",", "{", "}")));
    }

    private static Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1e400", "3.5", "[]", "{}", "\"\"", "\" \"",
                        "\"13800138000\"", "\"+86 139 1234 5678\"", "\"langmusi\"", "\"maai\"", "\"construction\"",
                        "\"zh\"", "\"bo\"", "\"web\"", "\"hotline\"", "\"老板欠我三万五\"", "\"ང་ལ་གླ་ཕོགས་མ་སྤྲད།\"",
                        "\"\\u0000\"", "\"\\ud800\"", "99999999999999999999999"),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.strings().ofMaxLength(40).map(Bodies::quoted),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').withCharRange('\u0f00', '\u0fff')
                        .ofMinLength(1).ofMaxLength(2100).map(Bodies::quoted));
    }

    static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
