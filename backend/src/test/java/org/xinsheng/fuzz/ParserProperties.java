package org.xinsheng.fuzz;

import io.micronaut.json.JsonMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.xinsheng.intake.ComplaintRequestParser;
import org.xinsheng.intake.PhoneNumbers;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.web.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated inputs for the parsers that take what people type: they answer or refuse, and never blow up. */
class ParserProperties {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final ComplaintRequestParser PARSER = new ComplaintRequestParser(JSON, luqu(), 2000);

    private static Jurisdiction luqu() {
        try (var in = ParserProperties.class.getResourceAsStream("/jurisdictions/luqu.json")) {
            return JSON.readValue(in, Jurisdiction.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 3000)
    void trackingCodeParsingNeverThrows(@ForAll String anything) {
        Optional<String> code = TrackingCodes.parse(anything);
        code.ifPresent(c -> assertEquals(TrackingCodes.LENGTH, c.length()));
    }

    @Property(tries = 2000)
    void aCodeWithOneSymbolChangedIsRefused(@ForAll @IntRange(min = 0, max = 12) int position,
                                            @ForAll @IntRange(min = 1, max = 31) int shift) {
        String code = TrackingCodes.generate();
        String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        char changed = alphabet.charAt((alphabet.indexOf(code.charAt(position)) + shift) % 32);
        String typo = code.substring(0, position) + changed + code.substring(position + 1);
        assertTrue(TrackingCodes.parse(typo).isEmpty(), typo);
    }

    @Property(tries = 3000)
    void phoneParsingNeverThrowsAndOnlyYieldsMobiles(@ForAll String anything) {
        PhoneNumbers.normalizeMobile(anything).ifPresent(p -> assertTrue(p.matches("1[3-9]\\d{9}"), p));
    }

    @Property(tries = 1000)
    void everyMobileIsReadHoweverItIsWritten(@ForAll("mobiles") String mobile, @ForAll("phoneStyles") int style) {
        String written = switch (style) {
            case 0 -> mobile;
            case 1 -> "+86 " + mobile;
            case 2 -> mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
            case 3 -> "0086-" + mobile.substring(0, 3) + "-" + mobile.substring(3);
            default -> mobile.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).reduce("", String::concat);
        };
        assertEquals(Optional.of(mobile), PhoneNumbers.normalizeMobile(written));
    }

    @Property(tries = 5000)
    void complaintBodiesParseOrAnswer400(@ForAll("bodies") String body) {
        try {
            PARSER.parse(body.getBytes(StandardCharsets.UTF_8));
        } catch (ApiException e) {
            assertEquals(400, e.status().getCode(), body);
        }
    }

    @Provide
    Arbitrary<String> mobiles() {
        return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
                .as((second, rest) -> "1" + second + rest);
    }

    @Provide
    Arbitrary<Integer> phoneStyles() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Bodies.complaintBodies();
    }
}
