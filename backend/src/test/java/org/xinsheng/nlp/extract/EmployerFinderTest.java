package org.xinsheng.nlp.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.nlp.text.TextNormalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmployerFinderTest {

    private static final ChineseEmployerFinder CHINESE = new ChineseEmployerFinder();
    private static final TibetanEmployerFinder TIBETAN = new TibetanEmployerFinder(CHINESE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            包工头王某欠了三个月工资                                         | 包工头王某
            玛艾镇一家饭店老板赵六欠我两个月工资                              | 老板赵六
            找钱老板要了好几次                                               | 钱老板
            孙总欠我机械费                                                   | 孙总
            工头叫马老三，干了两个月没给                                     | 马老三
            老板是李四，欠了我一万                                           | 李四
            碌曲县鑫源建筑劳务有限公司拖欠我们班组工资                        | 碌曲县鑫源建筑劳务有限公司
            在甘肃路达交通工程有限公司的工地，欠我们十五个人的工资           | 甘肃路达交通工程有限公司
            我跑美团的，站点扣了提成                                          | 美团
            美团站点把我们的提成扣了                                          | 美团
            我老婆在尕海镇中心小学食堂做饭，学校欠她工资                      | 尕海镇中心小学
            我在县医院当护工                                                  | 县医院
            老板欠我三万五                                                   | null
            在县城的火锅店做墩子，老板拖欠工资                                | null
            项目部说没钱，公司欠我们工资                                     | null
            包工头说甲方没给钱                                               | null
            分包老板王五欠我们二十多个人的钱                                  | 老板王五
            阿拉乡的养殖合作社欠我工资，社长多杰说没钱                        | 社长多杰
            我在阿拉乡盖房子，东家才让说房子有问题不给钱                      | 东家才让
            施工方甘南恒基建设有限公司欠我们班组工资                          | 甘南恒基建设有限公司
            工程队长周某拖着不给                                              | 工程队长周某
            玛艾镇的洗浴中心欠我工资                                          | null
            阿拉乡牧民合作社雇我放牛，社长说没钱                              | 阿拉乡牧民合作社
            老板李四一分没给，欠我八千                                        | 老板李四
            春节后网点一直不发工资                                            | null
            突然得知餐馆关门了，工资没结                                      | null
            我们多次向老板讨要，都没有结果                                    | null
            现在连老板的电话都打不通                                          | null
            欠款人为张某某，至今未付                                          | 张某某
            倪姓老板欠我们四个人的工钱                                        | 倪姓老板
            老板吴某拖欠工资八千元                                            | 老板吴某
            马师傅来电：在工地干了两个月，包工头跑了                          | null
            王女士来电反映，其丈夫在县城打工被拖欠工资                        | null
            来电人李师傅：在景区给游客牵马，老板欠了三个月工钱                | null
            投诉人：王女士，在饭店打工，老板张国强欠工资六千                  | 老板张国强
            联系人马师傅，他说包工头刘某欠他们五个人的工资                    | 包工头刘某
            在城关路18号雪域饭店打工，饭店欠我工资                            | 雪域饭店
            拉了30车沙子，老板马军一直不给                                    | 老板马军
            老板姓韩，欠我工资三个月                                          | 韩
            包工头王二至今没结账                                              | 包工头王二
            尕海镇的一个藏羊养殖场，场里欠我三个月的工资                      | null
            拉仁关乡 干杂工 工钱 1400 老板 拉黑 我了                         | null
            西仓 老板 韩学文 欠我们剪毛工 15人                               | 韩学文
            包工头冯强支付了一半                                              | 包工头冯强
            那个老板姓马嘛就是一直不给钱                                      | 马
            我在物流公司开车，公司老板欠我四个月工资                          | null
            诉求：要求公司支付拖欠的两个月工资                                | null
            希望有关部门督促饭店尽快发工资                                    | null
            客栈老板杨明仅付了一个月的钱                                      | 老板杨明
            牧场主人叫扎西平措，欠我一年的工钱                                | 扎西平措
            老板旺杰欠我们三个人的工资                                        | 老板旺杰
            称该项目劳务分包单位甘肃诚信劳务有限公司拖欠工资                  | 甘肃诚信劳务有限公司
            縣城一家火鍋店，老闆欠我兩個月工資                                | null
            """)
    void findsTheChineseEmployerVerbatim(String text, String employer) {
        assertEquals(employer, CHINESE.find(text, TextNormalizer.fold(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ལས་དཔོན་བཀྲ་ཤིས་ཀྱིས་གླ་ཕོགས་མ་སྤྲད།                       | ལས་དཔོན་བཀྲ་ཤིས
            ལས་དཔོན་རྡོ་རྗེས་གླ་ཕོགས་སྒོར་ ༩༠༠༠ མ་སྤྲད།                 | ལས་དཔོན་རྡོ་རྗེ
            ལས་དཔོན་ནོར་བུས་ང་ལ་ལས་ཀ་བྱེད་དུ་བཅུག                      | ལས་དཔོན་ནོར་བུ
            ལས་དཔོན་ཆོས་འཕེལ་གྱིས་ད་དུང་མ་སྤྲད།                        | ལས་དཔོན་ཆོས་འཕེལ
            ལས་དཔོན་བཀྲ་ཤིས་དོན་འགྲུབ་བྲོས་སོང་།                        | ལས་དཔོན་བཀྲ་ཤིས་དོན་འགྲུབ
            བདག་པོ་པདྨས་གླ་ཕོགས་མ་སྤྲད།                               | བདག་པོ་པདྨ
            བདེ་སྐྱིད་ཟ་ཁང་གིས་གླ་ཕོགས་མ་སྤྲད།                          | བདེ་སྐྱིད་ཟ་ཁང
            甘肃宏达建筑工程有限公司 ཡིས་གླ་ཕོགས་མ་སྤྲད།               | 甘肃宏达建筑工程有限公司
            ལས་དཔོན་གྱིས་གླ་ཕོགས་མ་སྤྲད།                              | null
            ཀན་ནན་ཧེང་ཐུང་ཅན་ཀྲུའུ་ཡིའུ་ཞན་ཀུང་སི་ཡིས་ང་ཚོའི་ཕོགས་མ་སྤྲད། | ཀན་ནན་ཧེང་ཐུང་ཅན་ཀྲུའུ་ཡིའུ་ཞན་ཀུང་སི
            ང་ཚོ་ཀན་སུའུ་ལུའུ་ཏ་ཀུང་སི་ལ་ལས་ཀ་བྱས།                       | ཀན་སུའུ་ལུའུ་ཏ་ཀུང་སི
            རྫོང་སྒར་གྱི་ཟ་ཁང་ཞིག་ཏུ་ལས་ཀ་བྱས།                         | null
            """)
    void findsTheTibetanEmployerWithoutCaseParticles(String text, String employer) {
        assertEquals(employer, TIBETAN.find(text, TextNormalizer.fold(text)));
    }
}
