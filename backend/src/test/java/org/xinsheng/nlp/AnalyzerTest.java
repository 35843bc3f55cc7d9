package org.xinsheng.nlp;

import org.junit.jupiter.api.Test;
import org.xinsheng.nlp.classify.SectorModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyzerTest {

    private final Analyzer analyzer = SharedAnalyzer.get();

    @Test
    void readsTheDemoHotlineComplaint() {
        Analysis a = analyzer.analyze("我们12个人在郎木寺镇修县道，包工头王某欠了三个月工资，每人每月4500，现在电话打不通了");
        assertEquals(new Analysis("zh", true, a.wageConfidence(), "transport", a.sectorConfidence(), "包工头王某", 162000L, 12,
                "langmusi", true), a);
        assertTrue(a.sectorConfidence() > SectorModel.NO_EVIDENCE_CONFIDENCE && a.sectorConfidence() <= 1.0);
        assertTrue(a.wageConfidence() > 0.9);
    }

    @Test
    void theReadmeExampleIsAConstructionWageComplaint() {
        Analysis a = analyzer.analyze("我在郎木寺镇工地干活，老板欠我三万五");
        assertEquals(Boolean.TRUE, a.wageArrears());
        assertEquals("construction", a.sector());
        assertEquals(35000L, a.amountYuan());
        assertEquals("langmusi", a.township());
    }

    @Test
    void noIndustryNamedIsOtherWithLowConfidence() {
        Analysis a = analyzer.analyze("老板拖欠我4.2万元工资");
        assertEquals(Boolean.TRUE, a.wageArrears());
        assertEquals("other", a.sector());
        assertEquals(SectorModel.NO_EVIDENCE_CONFIDENCE, a.sectorConfidence());
        assertEquals(42000L, a.amountYuan());
    }

    /** A horse guide at a resort works in tourism (the held-out chat dialogues read it as "other"). */
    @ParameterizedTest
    @ValueSource(strings = {"我在尕秀村骑马场当马夫，老板欠我三千块工资", "在景区给游客牵马，老板欠了三个月工钱四千五",
            "ང་尕海 མཚོ་འགྲམ་དུ་ཡུལ་སྐོར་བ་ལ་རྟ་ཁྲིད་བྱས། ཁྱིམ་བདག་གིས་གླ་ཆ་སྒོར་ ༣༠༠༠ མ་སྤྲད།"})
    void aHorseGuideAtAResortWorksInServices(String text) {
        Analysis a = analyzer.analyze(text);
        assertEquals(Boolean.TRUE, a.wageArrears());
        assertEquals("services", a.sector());
    }

    /** "The boss ran" and "don't know" after a role word are no name, though the name finder marks them. */
    @ParameterizedTest
    @ValueSource(strings = {"ཚོང་དཔོན་བྲོས་འདུག ང་ཚོའི་གླ་ཆ་མ་སྤྲད།", "ལས་དཔོན་ཤེས་མ་སོང། ང་ཚོའི་གླ་ཆ་མ་སྤྲད།",
            "ཚོང་དཔོན་བྲོས་སོང་། གླ་ཕོགས་ཐོབ་མེད།"})
    void aTibetanRoleWordWithoutANameIsNoEmployer(String text) {
        Analysis a = analyzer.analyze(text);
        assertEquals(Boolean.TRUE, a.wageArrears());
        assertEquals(null, a.employer());
    }

    @Test
    void aTibetanBossWhoRanOffWithTheWagesIsAWageComplaintWithoutANumber() {
        Analysis a = analyzer.analyze("ལས་དཔོན་བྲོས་སོང་། ང་ཚོའི་ཕོགས་མ་ཐོབ། ཁ་པར་ཡང་མི་འཐུས།");
        assertEquals(Boolean.TRUE, a.wageArrears());
        assertEquals(Boolean.TRUE, a.absconded());
        assertEquals(null, a.amountYuan());
    }

    @Test
    void civicComplaintsThatMentionMoneyAreNotWage() {
        for (String text : new String[]{"小区广场舞噪音太大，每天晚上十点还不停，物业收了物业费也不管",
                "装修公司收了我两万块定金，到现在不开工也不退钱", "我们村自来水停了三天了，也没人通知"}) {
            assertEquals(Boolean.FALSE, analyzer.analyze(text).wageArrears(), text);
        }
    }

    @Test
    void wagesSaidInOtherWordsAreWage() {
        for (String text : new String[]{"干完活老板一直没给结算，说再等等", "两个种植户欠她两万七的工钱，一直拖着",
                "工资迟迟不见踪影，老板说再等等", "还有一个月工资没结清"}) {
            assertEquals(Boolean.TRUE, analyzer.analyze(text).wageArrears(), text);
        }
    }

    @Test
    void aTextThatSaysWagesWereNotPaidIsNeverSureToBeNotWage() {
        // redirect threshold chosen on dev: 0.25 (nlp-models/README.md)
        for (String text : new String[]{"厂里说资金紧张发不了工资，已经三个月了", "剩下的工资一分没给，社保也断了",
                "公司拖欠工资，也不给交社保"}) {
            assertTrue(analyzer.analyze(text).wageConfidence() > 0.25, text);
        }
    }

    @Test
    void readsATibetanComplaint() {
        Analysis a = analyzer.analyze("ང་ཚོ་མི་བརྒྱད་ཀྱིས་ཤིས་ཚང་གི་ཆུ་རྫིང་བཟོ་ལས་ལ་ཞག་སུམ་ཅུ་ལས་ཀ་བྱས་ཀྱང་གླ་ཕོགས་མ་སྤྲད།");
        assertEquals("bo", a.language());
        assertEquals(Boolean.TRUE, a.wageArrears());
        assertEquals("water", a.sector());
        assertEquals(8, a.workers());
        assertEquals("xicang", a.township());
    }

    @Test
    void aComplaintThatIsNotAboutWagesKeepsOnlyItsTownship() {
        Analysis a = analyzer.analyze("我在双岔的工地上干活摔伤了腿，老板不给报医药费，花了两万多");
        assertEquals(Boolean.FALSE, a.wageArrears());
        assertEquals("not_wage", a.sector());
        assertEquals("shuangcha", a.township());
        assertEquals(null, a.employer());
        assertEquals(null, a.amountYuan());
        assertEquals(null, a.workers());
        assertEquals(Boolean.FALSE, a.absconded());
    }

    static Stream<String> badInput() {
        return Stream.of("", "   ", "\n\t", null, "😀😀😀", "\u0000\u0007\u001b[31m", "\uD800", "།།།", "་་་",
                "12345678901234567890", "欠".repeat(100_000), "老板欠我钱 ".repeat(20_000),
                "ང་ཚོ་ 甘肃 company 欠 ༡༢ 💰 \u200b\uFEFF ¥¥¥ 万万万 ཁྲི་ཁྲི་ཁྲི");
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputNeverThrows(String text) {
        Analysis a = analyzer.analyze(text);
        assertNotNull(a.language());
        assertTrue(Analysis.LANGUAGES.contains(a.language()));
        assertTrue(Analysis.SECTORS.contains(a.sector()));
    }

    @Test
    void aHundredThousandCharactersStayFast() {
        String huge = "我们在郎木寺修路，包工头欠了三万五。".repeat(6000);
        long start = System.nanoTime();
        analyzer.analyze(huge);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2000, "analysis of 100k characters took too long");
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = NlpCommands.devSets().stream().map(l -> l.text()).toList();
        List<Analysis> expected = texts.stream().map(analyzer::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Analysis>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> texts.stream().map(analyzer::analyze).toList()));
            }
            for (Future<List<Analysis>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
        assertFalse(expected.isEmpty());
    }
}
