package org.xinsheng.intake;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinsheng.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class FileComplaintApiTest {

    static final String VALID = """
            {"text":"我们12个人在郎木寺镇修路，包工头王某欠工资三万五，电话打不通","phone":"13800138000","name":"张三",
             "channel":"hotline","township":"langmusi","amountYuan":35000,"workers":12,"absconded":true}""";

    @Inject
    ComplaintRepository complaints;

    @Inject
    Api api;
    @Inject
    org.xinsheng.support.StaffFixtures staff;

    @Test
    void filingAnswers201WithAReadableTrackingCode() {
        Api.Reply reply = api.fileAs(staff.token("hotline", null), VALID); // the hotline's channel and fields stand

        assertEquals(201, reply.status(), reply.body());
        String code = reply.json().get("trackingCode").getStringValue();
        assertTrue(code.matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{5}"), code);
        assertTrue(TrackingCodes.parse(code).isPresent());
        assertEquals("assigned", reply.json().get("status").getStringValue());
        assertTrue(reply.json().get("assignments").size() >= 3, reply.body());
        assertTrue(reply.json().get("flags").isArray());
        assertTrue(reply.json().get("advice").getStringValue().contains("法律援助"), "legal aid is offered");

        Complaint stored = complaints.findByTrackingCode(TrackingCodes.parse(code).orElseThrow()).orElseThrow();
        assertEquals("13800138000", stored.complainantPhone());
        assertEquals("张三", stored.complainantName());
        assertEquals("hotline", stored.channel());
        assertEquals("zh", stored.language());
        assertEquals(35000L, stored.amountYuan());
        assertEquals(12, stored.workers());
        assertEquals("langmusi", stored.township());
        assertEquals(Boolean.TRUE, stored.absconded());
        assertTrue(stored.text().startsWith("我们12个人"));
    }

    @Test
    void theAnalyzerReadsWhatTheSubmitterLeftOut() {
        Api.Reply reply = api.file("""
                {"text":"我们12个人在郎木寺镇修路，包工头王某欠工资三万五，电话打不通","phone":"13800138000"}""");

        assertEquals(201, reply.status(), reply.body());
        var analysis = reply.json().get("analysis");
        assertEquals(Boolean.TRUE, analysis.get("wageArrears").getBooleanValue());
        assertEquals(35000L, analysis.get("amountYuan").getLongValue());
        assertEquals(12, analysis.get("workers").getIntValue());
        assertEquals("langmusi", analysis.get("township").getStringValue());
        assertEquals(Boolean.TRUE, analysis.get("absconded").getBooleanValue());
        assertEquals("包工头王某", analysis.get("employer").getStringValue());
        assertTrue(reply.body().contains("\"unit\":\"langmusi\",\"role\":\"township\""), reply.body());
    }

    @Test
    void whatTheSubmitterSetBeatsWhatTheAnalyzerRead() {
        Api.Reply reply = api.file("""
                {"text":"我们12个人在郎木寺镇修路，包工头王某欠工资三万五","phone":"13800138000",
                 "township":"gahai","amountYuan":36000,"sector":"construction"}""");

        var analysis = reply.json().get("analysis");
        assertEquals("gahai", analysis.get("township").getStringValue());
        assertEquals(36000L, analysis.get("amountYuan").getLongValue());
        assertEquals("construction", analysis.get("sector").getStringValue());
        assertEquals(12, analysis.get("workers").getIntValue(), "what was not set still comes from the analyzer");
    }

    @Test
    void theAnswerCarriesEveryAnalysisFieldEvenWhenUnknown() {
        Api.Reply reply = api.file("""
                {"text":"ང་ལ་གླ་ཕོགས་སྤྲད་མེད། 碌曲县某建筑公司","phone":"139 1234 5678"}""");

        assertEquals(201, reply.status(), reply.body());
        var analysis = reply.json().get("analysis");
        assertEquals("bo", analysis.get("language").getStringValue());
        for (String field : List.of("wageArrears", "sector", "sectorConfidence", "employer", "amountYuan", "workers",
                "township", "absconded")) {
            assertNotNull(analysis.get(field), field + " missing from " + reply.body());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text missing          | {"phone":"13800138000"}                                      | text
            text blank            | {"text":"   ","phone":"13800138000"}                         | text
            text not a string     | {"text":42,"phone":"13800138000"}                            | text
            phone missing         | {"text":"欠薪"}                                               | phone
            phone too short       | {"text":"欠薪","phone":"1380013"}                             | phone
            phone a landline      | {"text":"欠薪","phone":"0941-6622916"}                        | phone
            phone not a string    | {"text":"欠薪","phone":13800138000}                           | phone
            channel unknown       | {"text":"欠薪","phone":"13800138000","channel":"fax"}         | channel
            language unknown      | {"text":"欠薪","phone":"13800138000","language":"en"}         | language
            sector unknown        | {"text":"欠薪","phone":"13800138000","sector":"mining"}       | sector
            township not in Luqu  | {"text":"欠薪","phone":"13800138000","township":"beijing"}    | township
            amount negative       | {"text":"欠薪","phone":"13800138000","amountYuan":-5}         | amountYuan
            amount a fraction     | {"text":"欠薪","phone":"13800138000","amountYuan":10.5}       | amountYuan
            amount a string       | {"text":"欠薪","phone":"13800138000","amountYuan":"三万"}      | amountYuan
            amount overflowing    | {"text":"欠薪","phone":"13800138000","amountYuan":1e400}      | amountYuan
            workers zero          | {"text":"欠薪","phone":"13800138000","workers":0}             | workers
            workers a string      | {"text":"欠薪","phone":"13800138000","workers":"many"}        | workers
            absconded not boolean | {"text":"欠薪","phone":"13800138000","absconded":"yes"}       | absconded
            confidence above one  | {"text":"欠薪","phone":"13800138000","sectorConfidence":1.5}  | sectorConfidence
            unknown field         | {"text":"欠薪","phone":"13800138000","phoneNumber":"1"}       | phoneNumber
            """)
    void badFieldsAnswer400NamingTheField(String why, String body, String field) {
        long before = complaints.count();
        Api.Reply reply = api.file(body);

        assertEquals(400, reply.status(), reply.body());
        assertEquals("validation_failed", reply.json().get("error").getStringValue());
        assertNotNull(reply.json().get("fields").get(field), why + ": " + reply.body());
        assertFalse(reply.json().get("message").getStringValue().isBlank());
        assertEquals(before, complaints.count(), "nothing is filed");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        Api.Reply reply = api.file("{\"text\":\"\",\"phone\":\"1\",\"workers\":-1}");

        assertEquals(400, reply.status());
        assertEquals(3, reply.json().get("fields").size(), reply.body());
    }

    @Test
    void textLongerThanTheLimitIsRefused() {
        Api.Reply reply = api.file("{\"text\":\"" + "欠".repeat(2001) + "\",\"phone\":\"13800138000\"}");

        assertEquals(400, reply.status());
        assertNotNull(reply.json().get("fields").get("text"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated JSON | {"text":"欠薪","phone":
            not an object  | ["text"]
            empty body     | ''
            """)
    void unreadableBodiesAnswer400WithTheErrorShape(String why, String body) {
        Api.Reply reply = api.file(body);

        assertEquals(400, reply.status(), why);
        assertEquals("malformed_json", reply.json().get("error").getStringValue());
        assertTrue(reply.json().get("fields").isObject());
    }

    @Test
    void theSameKeyAndBodyReturnTheSameComplaintByteForByte() {
        String key = UUID.randomUUID().toString();
        long before = complaints.count();

        Api.Reply first = api.postJson("/api/v1/complaints", VALID, key);
        Api.Reply again = api.postJson("/api/v1/complaints", VALID, key);
        Api.Reply reformatted = api.postJson("/api/v1/complaints", VALID.replace("\n", " "), key);

        assertEquals(201, first.status());
        assertEquals(first.status(), again.status());
        assertEquals(first.body(), again.body());
        assertEquals(first.body(), reformatted.body());
        assertEquals(before + 1, complaints.count());
    }

    @Test
    void theSameKeyWithAnotherBodyAnswers422() {
        String key = UUID.randomUUID().toString();
        api.postJson("/api/v1/complaints", VALID, key);

        Api.Reply reply = api.postJson("/api/v1/complaints", VALID.replace("三万五", "四万"), key);

        assertEquals(422, reply.status(), reply.body());
        assertEquals("idempotency_key_reused", reply.json().get("error").getStringValue());
    }

    @Test
    void concurrentRequestsWithOneKeyFileOneComplaint() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = complaints.count();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> api.postJson("/api/v1/complaints", VALID, key));
            }
            List<String> codes = new ArrayList<>();
            for (Future<Api.Reply> f : pool.invokeAll(calls)) {
                Api.Reply reply = f.get();
                assertTrue(reply.status() == 201 || reply.status() == 409, reply.body());
                if (reply.status() == 201) {
                    codes.add(reply.json().get("trackingCode").getStringValue());
                }
            }
            assertFalse(codes.isEmpty());
            assertEquals(1, codes.stream().distinct().count(), codes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, complaints.count());
    }

    @Test
    void withoutAKeyEachPostFilesAComplaint() {
        long before = complaints.count();
        api.postJson("/api/v1/complaints", VALID, null);
        api.postJson("/api/v1/complaints", VALID, null);
        assertEquals(before + 2, complaints.count());
    }

    @Test
    void aBadIdempotencyKeyIsRefused() {
        Api.Reply reply = api.postJson("/api/v1/complaints", VALID, "x".repeat(101));
        assertEquals(400, reply.status());
        assertNotNull(reply.json().get("fields").get("Idempotency-Key"));
    }

    @Test
    void frameworkErrorsHaveTheErrorShapeAndNoStackTrace() {
        Api.Reply unknownRoute = api.get("/api/v1/no-such-thing");
        Api.Reply wrongMethod = api.send(HttpRequest.DELETE("/api/v1/complaints"));
        Api.Reply wrongType = api.send(HttpRequest.POST("/api/v1/complaints", "text=hi")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));

        assertEquals(404, unknownRoute.status());
        assertEquals("not_found", unknownRoute.json().get("error").getStringValue());
        assertEquals(405, wrongMethod.status());
        assertEquals("method_not_allowed", wrongMethod.json().get("error").getStringValue());
        assertEquals(415, wrongType.status());
        for (Api.Reply r : List.of(unknownRoute, wrongMethod, wrongType)) {
            assertNotNull(r.json().get("message"));
            assertTrue(r.json().get("fields").isObject());
            assertFalse(r.body().contains("Exception"), r.body());
            assertFalse(r.body().contains("at org."), r.body());
        }
    }

    @Test
    void aNameIsOptional() {
        Api.Reply reply = api.file("{\"text\":\"老板李四欠我八百块\",\"phone\":\"+86 177 0000 1111\"}");
        assertEquals(201, reply.status(), reply.body());
        Complaint stored = complaints.findByTrackingCode(
                TrackingCodes.parse(reply.json().get("trackingCode").getStringValue()).orElseThrow()).orElseThrow();
        assertNull(stored.complainantName());
        assertEquals("17700001111", stored.complainantPhone());
        assertEquals("web", stored.channel());
    }

    @Test
    void theReadmeExampleReachesItsTownshipAndTheHousingBureau() {
        Api.Reply reply = api.file("""
                {"text":"我在郎木寺镇工地干活，老板欠我三万五","phone":"13800138000"}""");

        assertEquals(201, reply.status(), reply.body());
        assertEquals("assigned", reply.json().get("status").getStringValue(), reply.body());
        List<String> assignments = assignments(reply);
        assertTrue(assignments.containsAll(List.of("langmusi:township", "housing:bureau", "hrss:lead")), reply.body());
        List<String> flags = flags(reply);
        assertTrue(!flags.contains("needs_triage") && !flags.contains("not_wage"), reply.body());
    }

    @Test
    void aWageComplaintIsRoutedAndTheAnswerSaysWhere() {
        Api.Reply reply = api.fileAs(staff.token("hotline", null), """
                {"text":"郎木寺镇修路欠薪","phone":"13800138000","township":"langmusi","wageArrears":true,"channel":"hotline",
                 "sector":"transport","amountYuan":1200000,"workers":40,"absconded":true}""");

        assertEquals(201, reply.status(), reply.body());
        assertEquals("assigned", reply.json().get("status").getStringValue());
        List<String> assignments = assignments(reply);
        assertEquals(List.of("langmusi:township", "transport:bureau", "hrss:lead", "police:police",
                "task_force:task_force", "justice:legal_aid"), assignments);
        List<String> flags = flags(reply);
        assertEquals(List.of("police_referral", "task_force", "legal_aid"), flags);
        assertTrue(reply.json().get("advice").getStringValue().contains("法律援助"));
    }

    @Test
    void aComplaintNotAboutWagesIsRedirectedWithAdviceInItsLanguage() {
        Api.Reply zh = api.file("""
                {"text":"我在工地摔伤了，老板不给报销","phone":"13800138000","wageArrears":false,"sector":"not_wage"}""");
        Api.Reply bo = api.file("""
                {"text":"ང་ལས་ཀ་བྱེད་སྐབས་རྨས་སྐྱོན་ཕོག","phone":"13800138000","wageArrears":false}""");

        assertEquals("redirected", zh.json().get("status").getStringValue());
        assertTrue(zh.json().get("advice").getStringValue().contains("工伤认定"), zh.body());
        assertEquals("not_wage", zh.json().get("flags").get(0).getStringValue());
        assertEquals("redirected", bo.json().get("status").getStringValue());
        assertTrue(bo.json().get("advice").getStringValue().contains("ལས་རྨས"), bo.body());
    }

    @Test
    void theReadmeExampleIsAWageComplaintWhateverTheAnalyzerMakesOfIt() {
        Api.Reply reply = api.file("""
                {"text":"我在郎木寺镇工地干活，老板欠我三万五","phone":"13800138000"}""");

        assertEquals(201, reply.status(), reply.body());
        assertEquals("assigned", reply.json().get("status").getStringValue(), reply.body());
        List<String> units = new ArrayList<>();
        reply.json().get("assignments").values().forEach(a ->
                units.add(a.get("unit").getStringValue() + ":" + a.get("role").getStringValue()));
        assertTrue(units.contains("langmusi:township") && units.contains("hrss:lead"), units.toString());
        List<String> flags = flags(reply);
        assertFalse(flags.contains("not_wage"), flags.toString());
        assertTrue(reply.json().get("advice").getStringValue().contains("法律援助"), "legal aid, not a redirect");
        double confidence = reply.json().get("analysis").get("wageConfidence").getDoubleValue();
        assertTrue(confidence >= 0 && confidence <= 1, reply.body());

        String code = reply.json().get("trackingCode").getStringValue();
        Complaint stored = complaints.findByTrackingCode(TrackingCodes.parse(code).orElseThrow()).orElseThrow();
        assertEquals(confidence, stored.wageConfidence(), "the analyzer's wage confidence is kept with the complaint");
    }

    @Test
    void aHotlineOperatorsAnswerOnWagesIsStoredAsCertain() {
        String hotline = staff.token("hotline", null);
        Api.Reply no = api.fileAs(hotline, """
                {"text":"老板欠我工资，还把我的身份证扣了","phone":"13800138000","wageArrears":false,"channel":"hotline"}""");
        Api.Reply yes = api.fileAs(hotline, """
                {"text":"楼下超市的老板","phone":"13800138000","wageArrears":true,"channel":"hotline"}""");

        assertEquals("redirected", no.json().get("status").getStringValue(), "a person's no is taken as said");
        assertEquals(0.0, stored(no).wageConfidence());
        assertEquals(1.0, stored(yes).wageConfidence());
        assertEquals("assigned", yes.json().get("status").getStringValue());
    }

    private Complaint stored(Api.Reply reply) {
        String code = reply.json().get("trackingCode").getStringValue();
        return complaints.findByTrackingCode(TrackingCodes.parse(code).orElseThrow()).orElseThrow();
    }

    /** The answer's assignments as unit:role. */
    private static List<String> assignments(Api.Reply reply) {
        List<String> units = new ArrayList<>();
        reply.json().get("assignments").values().forEach(a ->
                units.add(a.get("unit").getStringValue() + ":" + a.get("role").getStringValue()));
        return units;
    }

    private static List<String> flags(Api.Reply reply) {
        List<String> flags = new ArrayList<>();
        reply.json().get("flags").values().forEach(f -> flags.add(f.getStringValue()));
        return flags;
    }
}
