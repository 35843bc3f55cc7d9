package org.xinsheng.nlp.numbers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.nlp.text.TextNormalizer;
import org.xinsheng.nlp.text.TibetanSyllables;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TibetanNumeralsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ༣༠༠༠༠               | 30000
            ཁྲི་གསུམ              | 30000
            སྟོང་ལྔ               | 5000
            སྟོང་ཕྲག་ལྔ           | 5000
            ལྔ་བརྒྱ               | 500
            ཉིས་སྟོང              | 2000
            ཁྲི་གཅིག་དང་སྟོང་ལྔ   | 15000
            ཁྲི་གསུམ་སྟོང་ལྔ       | 35000
            བཅུ་གཉིས              | 12
            བཅོ་བརྒྱད             | 18
            ཉི་ཤུ                | 20
            ཉེར་ལྔ               | 25
            སུམ་ཅུ               | 30
            བཞིས                | 4
            ༣ ཁྲི               | 30000
            """)
    void readsTibetanDigitsAndNumberWords(String text, double value) {
        var tokens = TibetanSyllables.tokens(TextNormalizer.fold(text));
        assertEquals(value, TibetanNumerals.read(tokens, 0).value());
    }
}
