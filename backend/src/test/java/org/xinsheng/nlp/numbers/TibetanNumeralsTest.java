package org.xinsheng.nlp.numbers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.nlp.text.TextNormalizer;
import org.xinsheng.nlp.text.TibetanSyllables;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TibetanNumeralsTest {

    private static List<String> tokens(String text) {
        return TibetanSyllables.tokens(TextNormalizer.fold(text));
    }

    private static TibetanNumerals.Read readAt(String text, int start) {
        return TibetanNumerals.read(tokens(text), start);
    }

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
        assertEquals(value, readAt(text, 0).value());
    }

    /** Every number 1–99 in its standard written form, read whole. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = "/numbers/tibetan-1-99.tsv", delimiter = '\t')
    void readsEveryStandardFormFrom1To99(int value, String standard, String shortForm) {
        List<String> tokens = tokens(standard);
        TibetanNumerals.Read read = TibetanNumerals.read(tokens, 0);
        assertEquals(value, read.value(), standard);
        assertEquals(tokens.size(), read.end(), "every syllable of " + standard + " belongs to the number");
    }

    /** The short tens forms (ཉེར་གཅིག 21 … གོ་དགུ 99) after a money word, where a worker writes them. */
    @ParameterizedTest(name = "{0} {2}")
    @CsvFileSource(resources = "/numbers/tibetan-1-99.tsv", delimiter = '\t')
    void readsEveryShortTensFormAfterAMoneyWord(int value, String standard, String shortForm) {
        if (shortForm.equals("-")) {
            return;
        }
        assertEquals(value, readAt("སྒོར་" + shortForm, 1).value(), shortForm);
        assertEquals(value, readAt("སྒོར་མོ་" + shortForm + "་སྤྲད་མེད", 2).value(), shortForm);
    }

    /** ཁྲི / འབུམ / ས་ཡ times every number 1–99, standard and short: ཁྲི་དྲུག་ཅུ་རེ་གཅིག 610,000. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = "/numbers/tibetan-1-99.tsv", delimiter = '\t')
    void readsEveryNumberAfterTenThousandHundredThousandAndMillion(int value, String standard, String shortForm) {
        for (var mult : List.of(new String[] {"ཁྲི", "10000"}, new String[] {"འབུམ", "100000"},
                new String[] {"ས་ཡ", "1000000"})) {
            double expected = value * Double.parseDouble(mult[1]);
            assertEquals(expected, readAt(mult[0] + "་" + standard, 0).value(), mult[0] + "་" + standard);
            assertEquals(expected, readAt("སྒོར་" + mult[0] + "་" + standard + "་མ་སྤྲད", 1).value());
            if (!shortForm.equals("-")) {
                assertEquals(expected, readAt(mult[0] + "་" + shortForm, 0).value(), mult[0] + "་" + shortForm);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ཁྲི་དྲུག་ཅུ་རེ་གཅིག             | 610000
            ཁྲི་སུམ་ཅུ་སོ་གཅིག              | 310000
            ལྔ་བཅུ་ང་གཅིག                  | 51
            བདུན་ཅུ་དོན་གཅིག               | 71
            ཁྲི་ཉི་ཤུ་རྩ་གཅིག               | 210000
            ཁྲི་ང་གཅིག                     | 510000
            ཁྲི་རེ་གཅིག                    | 610000
            ཁྲི་དྲུག་ཅུ་རེ་གཅིག་དང་སྟོང་ལྔ    | 615000
            སྟོང་ཕྲག་ལྔ་བཅུ་ང་གཅིག          | 51000
            འབུམ་གཉིས་དང་ཁྲི་ལྔ              | 250000
            ས་ཡ་གཅིག་དང་འབུམ་ལྔ              | 1500000
            བརྒྱ་ཐམ་པ                       | 100
            སུམ་ཅུ་ཐམ་པ                     | 30
            དྲུག་ཅུ་དྲེ་གཅིག                 | 61
            """)
    void readsTensJoinersInsideCompounds(String text, double value) {
        assertEquals(value, readAt(text, 0).value(), text);
    }

    @Test
    void ngaAndReAreWordsUnlessANumberIsExpected() {
        assertNull(readAt("ང་གཅིག་པུ", 0), "ང་གཅིག་པུ is 'I alone'");
        assertNull(readAt("ཚོང་དཔོན་དང་ང་གཉིས་གྲོས་མོལ་བྱས", 3), "ང་གཉིས is 'the two of us'");
        assertNull(readAt("རེ་གཉིས", 0));
        assertEquals(300, readAt("སྒོར་སུམ་བརྒྱ་རེ། ཉིན་ཞག་དྲུག་ཅུ་རེ་ལྔ", 1).value(), "བརྒྱ་རེ is 'a hundred each'");
        assertEquals(65, readAt("ཉིན་ཞག་དྲུག་ཅུ་རེ་ལྔ", 2).value());
    }
}
