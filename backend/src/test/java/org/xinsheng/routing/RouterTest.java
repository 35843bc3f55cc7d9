package org.xinsheng.routing;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.nlp.Analysis;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every routing rule and boundary, as a table: analysis in, status, assignments, flags and advice out. */
class RouterTest {

    static final JsonMapper JSON = JsonMapper.createDefault();
    static final Jurisdiction LUQU = JurisdictionFactory.load("luqu", JSON);
    static final Jurisdiction YANGQUAN = JurisdictionFactory.load("yangquan", JSON);

    // wage | sector | township | amount | workers | absconded || status | assignments (unit:role) | flags | advice
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            township and sector           | true  | construction  | langmusi | 162000  | 12 | false | assigned   | langmusi:township housing:bureau hrss:lead justice:legal_aid                      | legal_aid                  | legal_aid
            transport bureau              | true  | transport     | maai     | 60000   | 3  | false | assigned   | maai:township transport:bureau hrss:lead justice:legal_aid                        | legal_aid                  | legal_aid
            water bureau                  | true  | water         | xicang   | 60000   | 3  | false | assigned   | xicang:township water:bureau hrss:lead justice:legal_aid                          | legal_aid                  | legal_aid
            agriculture bureau            | true  | agriculture   | gahai    | 60000   | 3  | false | assigned   | gahai:township agriculture:bureau hrss:lead justice:legal_aid                     | legal_aid                  | legal_aid
            manufacturing bureau          | true  | manufacturing | ala      | 60000   | 3  | false | assigned   | ala:township industry_commerce:bureau hrss:lead justice:legal_aid                 | legal_aid                  | legal_aid
            services bureau               | true  | services      | maai     | 60000   | 3  | false | assigned   | maai:township market:bureau hrss:lead justice:legal_aid                           | legal_aid                  | legal_aid
            gig goes to hrss              | true  | gig           | maai     | 60000   | 1  | false | assigned   | maai:township hrss:bureau hrss:lead justice:legal_aid                             | legal_aid                  | legal_aid
            public sector goes to hrss    | true  | public_sector | shuangcha| 60000   | 1  | false | assigned   | shuangcha:township hrss:bureau hrss:lead justice:legal_aid                        | legal_aid                  | legal_aid
            other sector goes to hrss     | true  | other         | larenguan| 60000   | 1  | false | assigned   | larenguan:township hrss:bureau hrss:lead justice:legal_aid                        | legal_aid                  | legal_aid
            unknown sector goes to hrss   | true  | -             | maai     | 60000   | 1  | false | assigned   | maai:township hrss:bureau hrss:lead justice:legal_aid                             | legal_aid                  | legal_aid
            a sector alone means wages    | -     | construction  | maai     | 60000   | 1  | -     | assigned   | maai:township housing:bureau hrss:lead justice:legal_aid                          | legal_aid                  | legal_aid
            unknown township: lead triage | true  | construction  | -        | 60000   | 1  | false | assigned   | housing:bureau hrss:lead justice:legal_aid                                        | legal_aid                  | legal_aid
            foreign township ignored      | true  | construction  | beijing  | 60000   | 1  | false | assigned   | housing:bureau hrss:lead justice:legal_aid                                        | legal_aid                  | legal_aid
            absconded: police             | true  | construction  | maai     | 60000   | 1  | true  | assigned   | maai:township housing:bureau hrss:lead police:police justice:legal_aid            | police_referral legal_aid  | legal_aid
            999,999 yuan: no task force   | true  | construction  | maai     | 999999  | 29 | false | assigned   | maai:township housing:bureau hrss:lead justice:legal_aid                          | legal_aid                  | legal_aid
            1,000,000 yuan: task force    | true  | construction  | maai     | 1000000 | 1  | false | assigned   | maai:township housing:bureau hrss:lead task_force:task_force justice:legal_aid    | task_force legal_aid       | legal_aid
            29 workers: no task force     | true  | construction  | maai     | -       | 29 | false | assigned   | maai:township housing:bureau hrss:lead justice:legal_aid                          | legal_aid                  | legal_aid
            30 workers: task force        | true  | construction  | maai     | -       | 30 | false | assigned   | maai:township housing:bureau hrss:lead task_force:task_force justice:legal_aid    | task_force legal_aid       | legal_aid
            49,999 yuan: fast track       | true  | services      | maai     | 49999   | 2  | false | assigned   | maai:township market:bureau hrss:lead justice:legal_aid                           | fast_track legal_aid       | legal_aid
            50,000 yuan: no fast track    | true  | services      | maai     | 50000   | 2  | false | assigned   | maai:township market:bureau hrss:lead justice:legal_aid                           | legal_aid                  | legal_aid
            0 yuan: fast track            | true  | services      | maai     | 0       | 1  | false | assigned   | maai:township market:bureau hrss:lead justice:legal_aid                           | fast_track legal_aid       | legal_aid
            small sum, 30 workers         | true  | construction  | maai     | 40000   | 30 | false | assigned   | maai:township housing:bureau hrss:lead task_force:task_force justice:legal_aid    | task_force legal_aid       | legal_aid
            everything at once            | true  | transport     | langmusi | 2000000 | 45 | true  | assigned   | langmusi:township transport:bureau hrss:lead police:police task_force:task_force justice:legal_aid | police_referral task_force legal_aid | legal_aid
            not wage                      | false | not_wage      | maai     | -       | -  | -     | redirected | hrss:lead                                                                         | not_wage                   | other
            not_wage sector wins          | true  | not_wage      | maai     | 60000   | 1  | true  | redirected | hrss:lead                                                                         | not_wage                   | other
            wageArrears false wins        | false | construction  | maai     | 60000   | 1  | true  | redirected | hrss:lead                                                                         | not_wage                   | other
            nothing known: lead registers | -     | -             | maai     | 60000   | 1  | true  | registered | hrss:lead                                                                         | needs_triage unclassified  | -
            other and unsure: registers   | -     | other         | -        | -       | -  | -     | registered | hrss:lead                                                                         | needs_triage unclassified  | -
            """)
    void routes(String why, Boolean wage, String sector, String township, Long amount, Integer workers,
                Boolean absconded, String status, String assignments, String flags, String advice) {
        Routing routing = Router.route(new Analysis("zh", wage, null, sector, 0.9, "某公司", amount, workers, township,
                absconded), LUQU);

        assertEquals(status, routing.status(), why);
        assertEquals(assignments, routing.assignments().stream().map(a -> a.unit() + ":" + a.role())
                .collect(Collectors.joining(" ")), why);
        assertEquals(flags == null ? List.of() : Arrays.asList(flags.split(" ")), routing.flags(), why);
        assertEquals(advice, routing.adviceKey(), why);
    }

    // Where the analyzer is unsure (thresholds in luqu.json: redirect below 0.24, confirm a sector below 0.76).
    // wage | wageConfidence | sector | sectorConfidence | township | text || status | assignments | flags | advice
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            sure it is not wages             | false | 0.23 | not_wage     | 0.95 | maai     | 楼道的灯坏了半个月没人修       | redirected | hrss:lead                                            | not_wage                              | other
            at the threshold: lead triages   | false | 0.24 | not_wage     | 0.90 | maai     | 楼道的灯坏了半个月没人修       | assigned   | maai:township hrss:lead justice:legal_aid             | needs_triage unsure_wage legal_aid    | legal_aid
            unsure, no township: lead only   | false | 0.45 | not_wage     | 0.55 | -        | 驾校收了报名费不安排练车       | assigned   | hrss:lead justice:legal_aid                           | needs_triage unsure_wage legal_aid    | legal_aid
            a person said no: redirected     | false | -    | not_wage     | 1.0  | maai     | 老板欠我工资                 | redirected | hrss:lead                                            | not_wage                              | other
            a person's no is 0: redirected   | false | 0.0  | not_wage     | 1.0  | maai     | 老板欠我工资                 | redirected | hrss:lead                                            | not_wage                              | other
            sure, but the text says 欠我      | false | 0.01 | not_wage     | 0.99 | langmusi | 我在郎木寺镇工地干活，老板欠我三万五 | assigned   | langmusi:township hrss:lead justice:legal_aid         | needs_triage unsure_wage legal_aid    | legal_aid
            sure, but Tibetan says wages     | false | 0.02 | not_wage     | 0.98 | -        | དཔོན་པོས་གླ་ཕོགས་མ་སྤྲད        | assigned   | hrss:lead justice:legal_aid                           | needs_triage unsure_wage legal_aid    | legal_aid
            wages, sector unsure: no bureau  | true  | 0.9  | water        | 0.75 | langmusi | 老板欠我三万五               | assigned   | langmusi:township hrss:lead justice:legal_aid         | needs_triage unsure_sector legal_aid  | legal_aid
            wages, sector at the threshold   | true  | 0.9  | water        | 0.76 | langmusi | 老板欠我三万五               | assigned   | langmusi:township water:bureau hrss:lead justice:legal_aid | legal_aid                        | legal_aid
            a person's sector is certain     | true  | 1.0  | construction | -    | gahai    | 老板欠我三万五               | assigned   | gahai:township housing:bureau hrss:lead justice:legal_aid | legal_aid                         | legal_aid
            unsure wages keep police flags   | false | 0.3  | not_wage     | 0.7  | -        | 老板跑了                    | assigned   | hrss:lead police:police justice:legal_aid             | needs_triage unsure_wage police_referral legal_aid | legal_aid
            """)
    void whereTheAnalyzerIsUnsureTheLeadTriages(String why, Boolean wage, Double wageConfidence, String sector,
                                                Double sectorConfidence, String township, String text, String status,
                                                String assignments, String flags, String advice) {
        Boolean absconded = why.contains("police");
        Routing routing = Router.route(new Analysis("zh", wage, wageConfidence, sector, sectorConfidence, null, 60000L,
                1, township, absconded), text, LUQU);

        assertEquals(status, routing.status(), why);
        assertEquals(assignments, routing.assignments().stream().map(a -> a.unit() + ":" + a.role())
                .collect(Collectors.joining(" ")), why);
        assertEquals(Arrays.asList(flags.split(" ")), routing.flags(), why);
        assertEquals(advice, routing.adviceKey(), why);
    }

    @Test
    void aPersonsAnswerOnWagesIsCertainAndTheAnalyzersIsKeptOtherwise() {
        Analysis read = new Analysis("zh", false, 0.3, "not_wage", 0.7, null, null, null, "maai", false);

        assertEquals(0.3, Router.personsWord(read, new Analysis(null, null, null, null, null, "某公司", null, null,
                null, null)).wageConfidence(), "only the employer was given");
        Analysis said = read.overriddenBy(new Analysis(null, false, null, null, null, null, null, null, null, null));
        assertEquals(0.0, Router.personsWord(said, new Analysis(null, false, null, null, null, null, null, null, null,
                null)).wageConfidence());
        assertEquals("redirected", Router.route(Router.personsWord(said, new Analysis(null, false, null, null, null,
                null, null, null, null, null)), "老板欠我工资", LUQU).status(), "a person's no is taken as said");
        Analysis yes = read.overriddenBy(new Analysis(null, null, null, "construction", null, null, null, null, null,
                null));
        assertEquals(1.0, Router.personsWord(yes, new Analysis(null, null, null, "construction", null, null, null,
                null, null, null)).wageConfidence());
    }

    @Test
    void thresholdsAreDataInTheJurisdictionFile() {
        assertEquals(0.24, LUQU.thresholds().redirectBelowWageConfidence());
        assertEquals(0.76, LUQU.thresholds().confirmSectorBelow());
        assertEquals(0.24, YANGQUAN.thresholds().redirectBelowWageConfidence());
        Jurisdiction strict = new Jurisdiction(LUQU.key(), LUQU.name(), LUQU.hotline(), LUQU.languages(),
                LUQU.townships(), LUQU.bureaus(), LUQU.units(), LUQU.taskForce(), LUQU.sectors(),
                new Jurisdiction.Thresholds(1000000, 30, 50000, 0.5, 0.9), LUQU.deadlines(), LUQU.risk(),
                LUQU.legalAidAdvice(), LUQU.advice(), LUQU.townshipGazetteer(), List.of());
        Analysis unsure = new Analysis("zh", false, 0.3, "not_wage", 0.7, null, null, null, null, false);
        assertEquals("assigned", Router.route(unsure, "楼道的灯坏了", LUQU).status());
        assertEquals("redirected", Router.route(unsure, "楼道的灯坏了", strict).status());
        Analysis water = new Analysis("zh", true, 0.9, "water", 0.85, null, 1000L, 1, null, false);
        assertEquals(List.of(), Router.route(water, LUQU).flags().stream().filter(f -> f.startsWith("needs")).toList());
        assertTrue(Router.route(water, strict).flags().contains("needs_triage"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            work injury zh      | zh | 我在工地上摔伤了腿，老板不管                | work_injury      | 工伤认定
            social insurance zh | zh | 公司三年没给我交社保                        | social_insurance | 12333
            contract zh         | zh | 老板没签劳动合同就把我辞退了                  | labour_contract  | 劳动仲裁
            anything else zh    | zh | 邻居家的狗每天晚上叫                        | other            | 12345
            work injury bo      | bo | ལས་ཀ་བྱེད་སྐབས་རྐང་པར་རྨས་སྐྱོན་ཕོག          | work_injury      | ལས་རྨས་ངོས་འཛིན
            social insurance bo | bo | ལས་འཇུག་ཚན་པས་ང་ལ་ཉེན་བཅོལ་མ་སྤྲད།           | social_insurance | 12333
            contract bo         | bo | ཆིངས་ཡིག་མ་བཞག་པར་ང་ཕྱིར་བསྐྲད།              | labour_contract  | བར་དཔྱད
            anything else bo    | bo | ལམ་ཁ་ཉམས་ཆག་ཐེབས་འདུག                      | other            | 12345
            """)
    void aComplaintThatIsNotAboutWagesIsToldWhereItBelongsInItsLanguage(String why, String language, String text,
                                                                       String adviceKey, String mustSay) {
        Routing routing = Router.route(new Analysis(language, false, null, "not_wage", 0.8, null, null, null, null, null),
                text, LUQU);

        assertEquals("redirected", routing.status(), why);
        assertEquals(adviceKey, routing.adviceKey(), why);
        assertTrue(routing.advice().contains(mustSay), why + ": " + routing.advice());
        boolean tibetan = routing.advice().codePoints().anyMatch(c -> c >= 0x0F00 && c <= 0x0FFF);
        assertEquals("bo".equals(language), tibetan, why + ": advice in the wrong language: " + routing.advice());
    }

    @Test
    void legalAidIsOfferedInTheComplainantsLanguage() {
        Analysis zh = new Analysis("zh", true, null, "construction", 0.9, null, 80000L, 5, "maai", false);
        Analysis bo = new Analysis("bo", true, null, "construction", 0.9, null, 80000L, 5, "maai", false);

        assertTrue(Router.route(zh, LUQU).advice().contains("法律援助"));
        assertTrue(Router.route(bo, LUQU).advice().contains("ཁྲིམས་ལུགས་རོགས་རམ"));
    }

    @Test
    void anotherJurisdictionRoutesByItsOwnData() {
        Analysis restaurant = new Analysis("zh", true, null, "services", 0.9, null, 20000L, 2, "pingding", false);
        Routing routing = Router.route(restaurant, YANGQUAN);

        assertEquals("assigned", routing.status());
        assertEquals(List.of(new Assignment("pingding", "township"), new Assignment("commerce", "bureau"),
                new Assignment("market", "bureau"), new Assignment("hrss", "lead"),
                new Assignment("justice", "legal_aid")), routing.assignments());
        assertEquals(List.of("fast_track", "legal_aid"), routing.flags());
        assertEquals("平定县", YANGQUAN.unitName("pingding", "zh"));
        assertTrue(routing.advice().startsWith("市司法局"));

        Analysis factory = new Analysis("zh", true, null, "manufacturing", 0.9, null, 60000L, 2, "langmusi", false);
        Routing elsewhere = Router.route(factory, YANGQUAN);
        assertEquals(List.of(new Assignment("industry", "bureau"), new Assignment("hrss", "lead"),
                new Assignment("justice", "legal_aid")), elsewhere.assignments(), "a Luqu township means nothing in Yangquan");
        Routing tibetan = Router.route(new Analysis("bo", false, null, "not_wage", 0.9, null, null, null, null, null),
                "合同到期被辞退", YANGQUAN);
        assertEquals("labour_contract", tibetan.adviceKey());
        assertTrue(tibetan.advice().contains("劳动仲裁"), "falls back to zh where the county has no bo text");
    }

    @Test
    void bundledJurisdictionsAreComplete() {
        assertEquals(List.of(), LUQU.faults());
        assertEquals(List.of(), YANGQUAN.faults());
        assertEquals(List.of("zh", "bo"), LUQU.languages());
        assertEquals(7, LUQU.townships().size());
        assertNull(LUQU.unit("beijing").orElse(null));
        assertEquals("碌曲县拖欠农民工工资问题专项整治工作专班", LUQU.unitName("task_force", "zh"));
    }

    @Test
    void aJurisdictionWithADanglingUnitIsRefused() {
        Jurisdiction broken = new Jurisdiction(LUQU.key(), LUQU.name(), LUQU.hotline(), LUQU.languages(),
                LUQU.townships(), LUQU.bureaus(), new Jurisdiction.Units("hrss", "sheriff", "justice"),
                LUQU.taskForce(), LUQU.sectors(), LUQU.thresholds(), LUQU.deadlines(), LUQU.risk(),
                LUQU.legalAidAdvice(), LUQU.advice(), LUQU.townshipGazetteer(), LUQU.wageWords());
        assertEquals(List.of("unknown unit sheriff"), broken.faults());
    }
}
