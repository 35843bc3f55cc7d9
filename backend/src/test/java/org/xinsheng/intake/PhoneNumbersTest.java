package org.xinsheng.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "13800138000, 13800138000",
            "138 0013 8000, 13800138000",
            "138-0013-8000, 13800138000",
            "+86 138 0013 8000, 13800138000",
            "008619912345678, 19912345678",
            "１３８００１３８０００, 13800138000",
    })
    void acceptsMainlandMobiles(String typed, String normalized) {
        assertEquals(Optional.of(normalized), PhoneNumbers.normalizeMobile(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "12800138000", "1380013800", "138001380001", "0941-6622916", "abcdefghijk"})
    void rejectsAnythingElse(String typed) {
        assertEquals(Optional.empty(), PhoneNumbers.normalizeMobile(typed));
    }

    @ParameterizedTest
    @CsvSource({"13800138000, 138****8000", "12, ***"})
    void masksForLogs(String phone, String masked) {
        assertEquals(masked, PhoneNumbers.mask(phone));
    }
}
