package org.xinsheng.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            老板欠我三万五                                         | zh
            ང་ཚོས་ལས་ཀ་བྱས་ཀྱང་གླ་ཕོགས་མ་སྤྲད།                            | bo
            甘肃某某建筑工程有限公司 ལ་ང་ཚོའི་གླ་ཕོགས་སྒོར་ ༣༠༠༠༠ བསྡད་འདུག | bo
            我在སྟག་ཚང་ལྷ་མོ打工，工头欠了两个月的工资没有给                    | zh
            12345                                                  | zh
            """)
    void tellsTibetanFromChinese(String text, String language) {
        assertEquals(language, LanguageDetector.detect(text));
    }
}
