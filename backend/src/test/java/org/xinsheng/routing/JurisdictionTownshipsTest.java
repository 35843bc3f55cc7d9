package org.xinsheng.routing;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.nlp.Analyzer;
import org.xinsheng.nlp.corpus.Corpus;
import org.xinsheng.nlp.corpus.LabelledComplaint;
import org.xinsheng.nlp.extract.TownshipFinder;
import org.xinsheng.nlp.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analyzer reads the active jurisdiction's townships: Yangquan's districts, and Luqu exactly as before. */
class JurisdictionTownshipsTest {

    static final JsonMapper JSON = JsonMapper.createDefault();
    static final Jurisdiction LUQU = JurisdictionFactory.load("luqu", JSON);
    static final Jurisdiction YANGQUAN = JurisdictionFactory.load("yangquan", JSON);
    static final TownshipFinder YANGQUAN_TOWNSHIPS = new TownshipFinder(JurisdictionTownships.names(YANGQUAN));

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            我在盂县一个工地干活，老板欠我八千           | yuxian
            盂县秀水镇一家饭店欠我工资                   | yuxian
            平定县城的超市拖了我们三个月工资             | pingding
            我们在平定修路                               | pingding
            我是盂县人，在平定县给人盖房子               | pingding
            阳泉市矿区物流园欠我们工钱                   | kuangqu
            阳泉郊区的养殖场老板跑了                     | jiaoqu
            阳泉城区一家装修公司欠我五千                 | chengqu
            我在矿区干活，老板欠钱                       | null
            在城区打零工被欠工资                         | null
            郊区的工地老板跑了                           | null
            我在阳泉市干活，老板欠我三万                 | null
            我们在郎木寺镇修县道                         | null
            """)
    void yangquanDistrictsAreReadInTheirSensibleForms(String text, String key) {
        assertEquals(key, YANGQUAN_TOWNSHIPS.find(TextNormalizer.fold(text)));
    }

    @Test
    void aYangquanComplaintIsAnalysedAndRoutedToItsDistrict() {
        Analysis analysis = new Analyzer(YANGQUAN_TOWNSHIPS).analyze("我在盂县一个工地干活，老板欠我八千");
        assertEquals("yuxian", analysis.township());
        assertEquals(8000L, analysis.amountYuan());
        Routing routing = Router.route(analysis, "我在盂县一个工地干活，老板欠我八千", YANGQUAN);
        assertTrue(routing.assignments().stream().anyMatch(a -> a.unit().equals("yuxian") && a.role().equals("township")),
                routing.assignments().toString());
    }

    /** Luqu's file names the gazetteer the tools use; its own names only add spellings: every answer is the same. */
    @Test
    void luqusJurisdictionFindsWhatTheGazetteerFinds() {
        TownshipFinder fromFile = new TownshipFinder(JurisdictionTownships.names(LUQU));
        List<LabelledComplaint> lines = new ArrayList<>();
        for (String corpus : List.of("zh-dev.jsonl", "bo-dev.jsonl", "zh-train.jsonl", "bo-train.jsonl")) {
            lines.addAll(Corpus.fromClasspath(corpus).lines());
        }
        List<String> differ = new ArrayList<>();
        for (LabelledComplaint line : lines) {
            String folded = TextNormalizer.fold(line.text());
            String expected = TownshipFinder.luqu().find(folded);
            String got = fromFile.find(folded);
            if (!java.util.Objects.equals(expected, got)) {
                differ.add(line.id() + ": " + expected + " -> " + got);
            }
        }
        assertTrue(lines.size() > 1000, "corpora read: " + lines.size());
        assertEquals(List.of(), differ);
    }
}
