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
            碌曲县ＡＢＣ劳务公司          | abc劳务
            碌曲县abc 劳务               | abc劳务
            ABC劳务有限公司               | abc劳务
            甘肃省甘南藏族自治州碌曲县尕海镇宏达建筑公司 | 宏达建筑
            尕海镇宏达建筑有限公司        | 宏达建筑
            宏达建筑                      | 宏达建筑
            美丽乡村旅游公司              | 美丽乡村旅游
            尕海镇某某公司                | 尕海镇某
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
