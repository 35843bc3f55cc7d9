package org.xinsheng.intake;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrackingCodesTest {

    @Test
    void generatedCodesAreWellFormedAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = TrackingCodes.generate();
            assertEquals(TrackingCodes.LENGTH, code.length());
            assertEquals(code, TrackingCodes.parse(code).orElseThrow());
            assertTrue(seen.add(code), "duplicate " + code);
        }
    }

    @Test
    void everySingleSymbolTypoIsCaught() {
        for (int n = 0; n < 50; n++) {
            String code = TrackingCodes.generate();
            for (int i = 0; i < code.length(); i++) {
                for (char c : TrackingCodes.ALPHABET.toCharArray()) {
                    if (c == code.charAt(i)) {
                        continue;
                    }
                    String typo = code.substring(0, i) + c + code.substring(i + 1);
                    assertTrue(TrackingCodes.parse(typo).isEmpty(), typo + " accepted for " + code);
                }
            }
        }
    }

    @Test
    void mostNeighbourSwapsAreCaught() {
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 500; n++) {
            String code = TrackingCodes.generate();
            for (int i = 0; i + 1 < code.length(); i++) {
                if (code.charAt(i) == code.charAt(i + 1)) {
                    continue;
                }
                char[] chars = code.toCharArray();
                chars[i] = code.charAt(i + 1);
                chars[i + 1] = code.charAt(i);
                swaps++;
                if (TrackingCodes.parse(new String(chars)).isEmpty()) {
                    caught++;
                }
            }
        }
        assertTrue(caught >= swaps * 0.95, caught + " of " + swaps + " swaps caught");
    }

    @Test
    void readsWhatPeopleTypeAndRejectsLookAlikes() {
        String code = TrackingCodes.generate();
        String spoken = " " + TrackingCodes.format(code).toLowerCase() + " ";
        assertEquals(code, TrackingCodes.parse(spoken).orElseThrow());
        assertEquals(code, TrackingCodes.parse(code.substring(0, 4) + " " + code.substring(4)).orElseThrow());
        assertTrue(TrackingCodes.parse("O0I1O0I1O0I1O").isEmpty());
        assertTrue(TrackingCodes.parse(code.substring(1)).isEmpty());
        assertTrue(TrackingCodes.parse(null).isEmpty());
    }

    @Test
    void checkSymbolsMatchTheFrontend() {
        // the same vectors are pinned in frontend/src/trackingCode.test.js
        assertEquals('U', TrackingCodes.checkSymbol("23456789ABCD"));
        assertEquals('C', TrackingCodes.checkSymbol("XS7KQ2MPZ9HA"));
    }
}
