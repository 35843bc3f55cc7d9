package org.xinsheng.nlp.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.nlp.text.TextNormalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TownshipFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            我们在郎木寺镇修县道                           | langmusi
            在郎木寺干活                                   | langmusi
            尕海的牧场                                     | gahai
            玛艾镇一家饭店                                 | maai
            在县城的火锅店                                 | maai
            碌曲县城装修                                   | maai
            我们县城这边送外卖的                           | maai
            给县城一家物流公司开车                         | maai
            我在碌曲县县城打工                             | maai
            若尔盖县城修商场                               | null
            西仓那边修公路                                 | xicang
            双岔镇水电站                                   | shuangcha
            拉仁关乡修水渠                                 | larenguan
            阿拉乡政府雇我                                 | ala
            我是阿拉乡人，在西仓镇给人盖房子               | xicang
            老家在双岔，在尕海打工                         | gahai
            碌曲县恒达石料厂欠我们工资                     | null
            我在合作市打工                                 | null
            我們在西倉鎮修水渠                             | xicang
            老板欠我三万                                   | null
            ང་སྟག་ཚང་ལྷ་མོར་ལམ་བཟོས།                       | langmusi
            སྟག་ཚང་ལྷ་མོའི་མགྲོན་ཁང                        | langmusi
            ཤིས་ཚང་གྲོང་རྡལ་དུ་ལས་ཀ་བྱས།                    | xicang
            ཟམ་ཚ་ལ་ཆུ་ཡུར་བཟོས།                           | shuangcha
            བླ་རི་མགུལ་ཤང་དུ་ཁང་པ་བཟོས།                   | larenguan
            ཨ་ལ་ཤང་གི་རྩྭ་ཐང                              | ala
            རྫོང་སྒར་གྱི་ཟ་ཁང                              | maai
            ངས་尕海 ལ་ལུག་འཚོས།                           | gahai
            ངའི་ཕ་ཡུལ་ཨ་ལ་ཡིན། ངས་བླ་རི་མགུལ་དུ་ལས་ཀ་བྱས། | larenguan
            ཀླུ་ཆུ་རྫོང་ལ་ལས་ཀ་བྱས།                        | null
            མཚོ་ཉིན་གྲོང་རྡལ་དུ་ལུག་འཚོས།                  | gahai
            ཀ་ཧའེ་ལ་ལམ་བཟོས།                              | gahai
            ཀ་ཧེ་གྲོང་རྡལ་དུ་ལས་ཀ་བྱས།                     | gahai
            རྫོང་སྒར་གྲོང་རྡལ་གྱི་ཟ་ཁང                      | maai
            མ་ཨའེ་གྲོང་རྡལ་དུ་ཁང་པ་བརྩིགས།                 | maai
            མ་ཨེ་ལ་ལས་ཀ་བྱས།                              | maai
            """)
    void findsTheTownshipWhereTheWorkWasDone(String text, String key) {
        assertEquals(key, TownshipFinder.luqu().find(TextNormalizer.fold(text)));
    }
}
