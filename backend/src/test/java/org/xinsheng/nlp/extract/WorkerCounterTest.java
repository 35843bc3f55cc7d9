package org.xinsheng.nlp.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.nlp.text.TextNormalizer;
import org.xinsheng.nlp.text.TibetanSyllables;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkerCounterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            我们12个人在郎木寺修路                       | 12
            我们一共十五个工人，工资没发                 | 15
            我和另外三个工友被欠了工资                   | 4
            我们四个都是阿拉乡的                         | 4
            二十名农民工的工资没给                       | 20
            老板欠我三万五                               | 1
            我爸在工地干了三个月                         | 1
            我们二十多个人                               | null
            十几个人的工钱                               | null
            好多工友都没拿到                             | null
            我们的工资被拖了                             | null
            我和我老婆在饭店干活                         | 2
            共三个月，每月七千                           | 1
            每人每月4500，我们12个人                     | 12
            我们都没拿到钱，我一个人被欠了一万           | 1
            老板欠了二十几个人的工资，我自己欠四千       | 1
            厂里好几十个人都没拿到                       | null
            我們在西倉鎮修水渠                           | null
            我和其他5个老乡在工地干了两个月              | 6
            我们六个在尕海修了一个月的围栏               | 6
            俺们3个女的在饭馆洗碗                        | 3
            我们是木工，老板欠我和我弟每人七千           | 2
            老板 欠 两个月 每月 1500 人 走了             | 1
            酒店换了几个老板，欠我五个月工资             | 1
            我们家觉得这不对，老板欠我一年的钱           | 1
            我们几个在饭店干活                           | null
            我跟其余的三个工友一起讨薪                   | 4
            家里5个人就靠我这点工资，老板欠我八千        | 1
            路上有3个井盖松了，我在那边干活的工钱没给    | 1
            工地最多的时候有38个人，老板欠我两万         | 1
            某工地拖欠农民工工资，至今未发               | null
            项目部欠工人工资三个月                       | null
            一天三百，记了一百四十个工，给过一万         | 1
            学校拖欠了我们四个代课老师的工资             | 4
            """)
    void countsChineseWorkers(String text, Integer workers) {
        assertEquals(workers, WorkerCounter.chinese(TextNormalizer.fold(text)).workers());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ང་ཚོ་མི་བཅུ་གཉིས་ཀྱིས་ལམ་བཟོས།                 | 12
            ང་ཚོ་མི་༨ ཡིས་ལས་ཀ་བྱས།                       | 8
            ང་ཚོ་མི་བཞིས་ཁང་པ་བཟོས།                        | 4
            ངས་ལས་ཀ་བྱས་ཀྱང་གླ་ཕོགས་མ་སྤྲད།               | 1
            ང་ཚོ་མི་མང་པོས་ལམ་བཟོས།                        | null
            ང་ཚོ་མི་ཉི་ཤུ་ལྷག་གིས་ལམ་བཟོས།                 | null
            ང་ཚོས་ལས་ཀ་བྱས།                              | null
            """)
    void countsTibetanWorkers(String text, Integer workers) {
        assertEquals(workers, WorkerCounter.tibetan(TibetanSyllables.tokens(TextNormalizer.fold(text))).workers());
    }
}
