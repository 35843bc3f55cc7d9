package org.xinsheng.nlp.numbers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.nlp.extract.WorkerCounter;
import org.xinsheng.nlp.text.TextNormalizer;
import org.xinsheng.nlp.text.TibetanSyllables;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The amount still owed, from whole complaints (nlp-schema.md conventions); empty expected means null. */
class AmountTest {

    static Long chinese(String text) {
        String folded = TextNormalizer.fold(text);
        WorkerCounter.Count count = WorkerCounter.chinese(folded);
        return ChineseMoneyReader.read(folded).amountOwed(count.workers(), count.plural());
    }

    static Long tibetan(String text) {
        var tokens = TibetanSyllables.tokens(TextNormalizer.fold(text));
        WorkerCounter.Count count = WorkerCounter.tibetan(tokens);
        return TibetanMoneyReader.read(tokens).amountOwed(count.workers(), count.plural());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            老板欠我三万五                                               | 35000
            包工头欠了我1.2万，说过年前给                                 | 12000
            工资4千5一直没给                                              | 4500
            饭店老板欠我八百块                                            | 800
            打了欠条：人民币叁万伍仟元整                                  | 35000
            欠了两万多，人找不到了                                        | 20000
            欠我们五六千块                                                | 5000
            欠了十几万                                                    | null
            好几千块没给                                                  | null
            工资一直拖着不给                                              | null
            每月4500，欠了3个月                                           | 13500
            月工资3200，干了四个月，厂里只发了一个月的                    | 9600
            一天300，干了20天                                             | 6000
            在双岔修渠 干了 50 天 一天 220 工头 说 等 验收                | 11000
            老板欠我工资加提成一共1万6 天天说明天给                        | 16000
            饭店欠我工资 3月 4月 每月2300                                 | 4600
            七月份八月份九月份的工资都没发，每月三千                      | 9000
            只给了5月、6月的，每月两千八，7月、8月的没给                  | 5600
            欠了我仨月 4000一月                                           | 12000
            织地毯按米算，一米50，织了120米，老板跑了                     | 6000
            修了十个羊圈，一个羊圈给六百，只给了两千                      | 4000
            挖了十五个树坑，一个坑三十，老板没给                          | 450
            小饭馆 打杂 老板 欠 2个月 每月 1800 人 回 老家 了             | 3600
            我们七个在工地干了两个月，每人每月四千，老板说等结算          | 56000
            给牧场剪羊毛，一共剪了五百只，一只三块，老板没给              | 1500
            饭店老板欠我一个月的工资两千八                                | 2800
            砖厂欠我们四个人的钱，一人2600                               | 10400
            站点把配送费压着没结，我的大概3000左右                        | 3000
            酒店换了几个老板，以前欠了我四个月的，每月四千                | 16000
            我们12个人，每人每月4500，欠了三个月                          | 162000
            我们五个人一天两百，干了三十天                                | 30000
            我们好多人，每人每天200，干了20天                             | null
            总共3万，只给了1万                                            | 20000
            一共五万的活，先给了两万，剩下的不给                          | 30000
            给了5000，还欠8000                                            | 8000
            押金500也没退，工资欠了6000                                   | 6000
            我电话13912345678，老板欠我4200块                             | 4200
            2023年8月到10月，共三个月，每月七千                           | 21000
            欠了13,500元                                                  | 13500
            一个月两千，欠了两个月                                        | 4000
            每人欠四千，我们5个人                                         | 20000
            干了两个半月，一个月四千，老板给了三千路费                    | 10000
            在尕海放了半年羊，每月两千五，一分没给                        | 15000
            说好每月4500，拖了两三个月                                    | 9000
            医药费花了一万多                                              | null
            每月给我八千元，干了四个月，只给了一万元生活费                | 22000
            我们4个人，工头一天给我们每人260，干了18天，他只给了每人1000  | 14720
            干了三个月，只拿到一个月工资，每月两千八                      | 5600
            剪了三百只羊，一只四块                                        | 1200
            给老板铺地砖，一平米35块，铺了400平，一分没给                 | 14000
            一只羊剪毛5块钱，我剪了600只，合作社不给钱                    | 3000
            拉一车沙子200块，拉了30车，老板一直不给                       | 6000
            35元/平米，刷了一百二十平米的墙，工钱没结                     | 4200
            送一单4块钱，上个月送了900多单，站点不给结                    | 3600
            一车200，拉了30车，给了2000，还欠4000                         | 4000
            拉仁 围栏 6人×18天×230元 未付                                 | 24840
            每人每天 280 干了 50天 我们4个 老板给了 2万                    | 36000
            拉仁关 放羊 一年1万8 给了6千                                  | 12000
            欠四个月 月八千 老板失联                                      | 32000
            欠我俩月 一月1900                                             | 3800
            我们3名厨工今年3至6月的工资没发，每人每月2600元               | 31200
            欠了二十多万                                                  | 200000
            工资1.2w没给                                                  | 12000
            在双岔中学食堂做饭 4个月没发钱了 一个月1800                   | 7200
            我们十个人干了一个月 一人5500 公司给了一半                    | 27500
            8月到11月 每月2400 一直拖着                                   | 9600
            工资4500一直没给，我电话0941-6622916                          | 4500
            """)
    void chineseAmounts(String text, Long amount) {
        assertEquals(amount, chinese(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            གླ་ཕོགས་སྒོར་ ༣༠༠༠༠ མ་སྤྲད།                                                           | 30000
            གླ་ཕོགས་སྒོར་ཁྲི་གསུམ་མ་སྤྲད།                                                          | 30000
            ལས་དཔོན་གྱིས་སྒོར་མོ་སྟོང་ལྔ་མ་སྤྲད།                                                  | 5000
            ཟླ་རེར་སྒོར་ ༤༥༠༠ ཡིན། ཟླ་བ་གསུམ་རིང་གི་གླ་ཕོགས་མ་སྤྲད།                               | 13500
            ང་ཚོ་མི་བཅུ་གཉིས་ཡིན། ཟླ་རེར་མི་རེར་སྒོར་ ༤༥༠༠ ། ཟླ་བ་གསུམ་རིང་མ་སྤྲད།                | 162000
            ཉིན་རེར་སྒོར་ ༢༥༠ ཡིན། ཉིན་ ༤༠ ལས་ཀ་བྱས།                                              | 10000
            ཁྱོན་བསྡོམས་སྒོར་ཁྲི་གཉིས་ཡིན། སྒོར་ ༥༠༠༠ སྤྲད་ཟིན། ལྷག་མ་མ་སྤྲད།                      | 15000
            ལས་དཔོན་གྱིས་སྒོར་ ༥༥༠༠ སྤྲད་རྒྱུ་ལུས་ཡོད།                                             | 5500
            གླ་ཕོགས་སྒོར་ཁྲི་ཁ་ཤས་མ་སྤྲད།                                                          | null
            ངའི་ཁ་པར་ ༡༣༩༡༢༣༤༥༦༧༨ ཡིན། གླ་ཕོགས་སྒོར་ ༨༠༠༠ མ་ཐོབ།                                   | 8000
            ཟླ་བ་ལྔ་ལས་ཀ་བྱས། ཟླ་རེར་སྒོར་ ༢༨༠༠ ཡིན། ཟླ་བ་གཉིས་ཀྱི་ཐོབ་ཟིན།                         | 8400
            ང་ཚོ་མི་མང་པོ་ཡིན། མི་རེར་སྒོར་ ༣༠༠༠ མ་སྤྲད།                                           | null
            ཟླ་བ་གཉིས་ལས་ཀ་བྱས། ཟླ་རེར་སྒོར་ ༡༨༠༠ ། བདག་པོས་སྒོར་ ༡༠༠༠ ལས་མ་སྤྲད།                   | 2600
            """)
    void tibetanAmounts(String text, Long amount) {
        assertEquals(amount, tibetan(text));
    }
}
