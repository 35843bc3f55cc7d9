package org.xinsheng.employers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmployerNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            甘肃某某建筑有限公司          | 甘肃某建筑
            甘肃X建筑公司                 | 甘肃某建筑
            甘肃×建筑有限责任公司         | 甘肃某建筑
            甘肃 某 建筑 有限公司         | 甘肃某建筑
            甘肃ｘｘ建筑股份有限公司      | 甘肃某建筑
            甘肃＊建筑（有限公司）        | 甘肃某建筑
            碌曲县ＡＢＣ劳务公司          | 碌曲县abc劳务
            碌曲县abc 劳务               | 碌曲县abc劳务
            郎木寺　雪域　旅游有限公司     | 郎木寺雪域旅游
            """)
    void namesOfOneEmployerShareAKey(String name, String key) {
        assertEquals(Optional.of(key), EmployerNames.key(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "某", "某某公司", "XX公司", "公司", "有限公司", "老板", "包工头"})
    void namesThatTellNobodyApartHaveNoKey(String name) {
        assertEquals(Optional.empty(), EmployerNames.key(name));
    }
}
