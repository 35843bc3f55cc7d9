package org.xinsheng.nlp.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.nlp.text.TextNormalizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AbscondingDetectorTest {

    private static final AbscondingDetector CHINESE = new AbscondingDetector(List.of("zh"));
    private static final AbscondingDetector TIBETAN = new AbscondingDetector(List.of("bo", "zh"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            包工头跑路了                         | true
            现在电话打不通了                     | true
            把我们微信拉黑了                     | true
            人联系不上了                         | true
            老板拒不支付                         | true
            说一分都不给                         | true
            手机关机了                           | true
            老板说下个月给                       | false
            一直拖着说过几天给                   | false
            老板没跑路，就是说没钱               | false
            电话能打通，就是说再等等             | false
            包工头失踪快一个月了                 | true
            去工地问，人找不到了                 | true
            老板手机打不通                       | true
            电话一直无法接通                     | true
            打过去无人接听                       | true
            老细走佬咗                           | true
            讨了几次，他明确表示不会支付         | true
            公司拒不支付剩下的工钱               | true
            老板说不会不给，让再等一周           | false
            我跑了5趟货，每趟1800，还差三趟的钱  | false
            包工头离开工地后至今下落不明         | true
            店换了老板，新老板不认以前的账       | true
            去找他，他说这事他不管               | true
            老板收完货人就不见了                 | true
            他说钱不给，你去告吧                 | true
            工头天天换手机号                     | true
            我去要钱被保安赶出来了               | true
            老板说等货款到了就给，人还在店里     | false
            工钱他硬是不给，说活干得不好         | true
            提现时平台说违规，一千块全扣了       | true
            现在老板说我是自愿帮忙的             | true
            """)
    void chinese(String text, boolean absconded) {
        assertEquals(absconded, CHINESE.absconded(TextNormalizer.fold(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ཚོང་དཔོན་གྱི་ཁ་པར་མི་འཐུས།                   | true
            ལས་དཔོན་ལ་ཁ་པར་བཏང་ཡང་འཐུས་མ་སོང           | true
            ཁ་པར་འཐུས་ཀྱི་འདུག ཁོས་ཟླ་རྗེས་མར་སྤྲོད་ཟེར | false
            """)
    void tibetanMore(String text, boolean absconded) {
        assertEquals(absconded, TIBETAN.absconded(TextNormalizer.fold(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ད་ལྟ་ཁོ་བྲོས་སོང།                          | true
            ལས་དཔོན་གྱི་ཁ་པར་བསྒོ་ཐབས་མེད།              | true
            ཁོས་ང་ཚོའི་ཁ་པར་བཀག                       | true
            སྤྲོད་རྒྱུ་མེད་ཟེར།                           | true
            ལས་དཔོན་关机 བྱས།                          | true
            ཟླ་བ་རྗེས་མར་སྤྲོད་ཟེར་གྱི་འདུག              | false
            """)
    void tibetan(String text, boolean absconded) {
        assertEquals(absconded, TIBETAN.absconded(TextNormalizer.fold(text)));
    }
}
