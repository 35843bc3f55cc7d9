package org.xinsheng.nlp.numbers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            4500        | 4500
            1.2万        | 12000
            三万五       | 35000
            3万5         | 35000
            4千5         | 4500
            两千五       | 2500
            八百         | 800
            三百五       | 350
            一万零五百   | 10500
            一千零五十   | 1050
            叁万伍仟     | 35000
            壹万贰仟叁佰 | 12300
            十二         | 12
            二十         | 20
            十六万两千   | 162000
            两万         | 20000
            五六千       | 5000
            两三万       | 20000
            零           | 0
            2万3千       | 23000
            """)
    void readsNumbersAsWorkersWriteThem(String text, double value) {
        assertEquals(value, ChineseNumerals.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"万", "百", "abc"})
    void aUnitAloneIsNoNumber(String text) {
        assertNull(ChineseNumerals.parse(text));
    }
}
