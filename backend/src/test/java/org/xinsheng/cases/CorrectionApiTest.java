package org.xinsheng.cases;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.nlp.corpus.LabelledComplaint;
import org.xinsheng.staff.StaffService;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff correct an analysis: routing runs again, units come on and off (timeline and audit), the triage flag clears,
 * the public view follows without naming who corrected, and each correction is kept as a labelled example.
 */
@MicronautTest(transactional = false)
class CorrectionApiTest {

    static final String STORY = "我叫张卫东，在郎木寺镇工地干活，老板欠我三万五，有事打13912345678";

    @Inject
    Api api;
    @Inject
    StaffService staffService;
    @Inject
    ComplaintRepository complaints;
    @Inject
    AuditRepository audit;
    @Inject
    AnalysisCorrectionRepository examples;
    @Inject
    CorrectionExport export;

    /** A wage complaint whose sector the analyzer was unsure of (the submitter's fields stand in for the analyzer). */
    private String fileUnsureSector() {
        Api.Reply filed = api.file("""
                {"text":"%s","phone":"13912345678","name":"张卫东","wageArrears":true,"sector":"water",
                 "sectorConfidence":0.3,"township":"langmusi","amountYuan":35000,"workers":1,"employer":"某老板",
                 "absconded":false}""".formatted(STORY));
        assertEquals(201, filed.status(), filed.body());
        return Api.code(filed);
    }

    @Test
    void theLeadConfirmsTheSectorAndTheBureauComesOn() {
        StaffFixtures staff = new StaffFixtures(staffService, api);
        String leadUser = staff.account("handler", "hrss");
        String lead = api.login(leadUser, StaffFixtures.PASSWORD);
        String township = staff.handler("langmusi");
        String code = fileUnsureSector();

        JsonNode before = api.get("/api/v1/cases/" + code, lead).json();
        assertEquals(List.of("langmusi:township", "hrss:lead", "justice:legal_aid"), units(before));
        assertEquals(List.of("needs_triage", "unsure_sector", "fast_track", "legal_aid"), strings(before.get("flags")));
        assertTrue(before.get("mayCorrect").getBooleanValue());
        assertTrue(inbox(lead, "needs_triage").contains(code));
        assertTrue(inbox(township, "needs_triage").contains(code), "the township sees it waits for triage");

        Api.Reply corrected = api.post("/api/v1/cases/" + code + "/corrections", """
                {"sector":"construction","employer":"包工头马某","note":"工地是盖房子"}""", lead);

        assertEquals(200, corrected.status(), corrected.body());
        JsonNode after = corrected.json();
        assertEquals(List.of("langmusi:township", "hrss:lead", "justice:legal_aid", "housing:bureau"), units(after));
        assertEquals(List.of("fast_track", "legal_aid"), strings(after.get("flags")), "the triage flag clears");
        assertEquals("construction", after.get("analysis").get("sector").getStringValue());
        assertEquals(1.0, after.get("analysis").get("sectorConfidence").getDoubleValue());
        assertEquals("包工头马某", after.get("analysis").get("employer").getStringValue());
        assertEquals("assigned", after.get("status").getStringValue());
        List<String> actions = new ArrayList<>();
        after.get("timeline").values().forEach(s -> actions.add(s.get("action").getStringValue()));
        assertEquals(List.of("register", "route", "correct", "unit_added"), actions);
        assertFalse(inbox(lead, "needs_triage").contains(code));
        assertTrue(inbox(lead, null).contains(code));

        Long id = complaintId(code);
        List<String> audited = audit.findByComplaintIdOrderById(id).stream()
                .filter(e -> !"view_contact".equals(e.action())).map(e -> e.action() + " " + e.detail()).toList();
        assertEquals(List.of("correct_analysis sector: water → construction; employer: 某老板 → 包工头马某",
                "unit_added housing:bureau"), audited);
        assertTrue(audit.findByComplaintIdOrderById(id).stream().filter(e -> e.action().startsWith("unit_"))
                .allMatch(e -> e.actor().equals(leadUser)));

        String publicView = api.get("/api/v1/complaints/" + code).body();
        assertTrue(publicView.contains("县住房和城乡建设局"), publicView);
        assertFalse(publicView.contains(leadUser) || publicView.contains("工地是盖房子") || publicView.contains("包工头马某"),
                "the public never sees who corrected, the staff note or the corrected fields: " + publicView);

        List<AnalysisCorrection> kept = examples.findByComplaintIdOrderById(id);
        assertEquals(1, kept.size());
        AnalysisCorrection example = kept.get(0);
        assertEquals("hrss", example.unit());
        assertEquals(leadUser, example.username());
        assertEquals("sector employer", example.changed());
        assertEquals("construction", example.sector());
        assertEquals(35000L, example.amountYuan());
        assertEquals("langmusi", example.township());
        assertFalse(example.text().contains("张卫东") || example.text().contains("13912345678"), example.text());
        assertTrue(example.text().contains("郎木寺镇工地干活"), example.text());
    }

    @Test
    void unitsComeOffWhenTheCorrectionTakesThemAwayAndTheCaseCanBeRedirectedAndBack() {
        StaffFixtures staff = new StaffFixtures(staffService, api);
        String lead = staff.handler("hrss");
        String township = staff.handler("langmusi");
        String code = fileUnsureSector();
        api.post("/api/v1/cases/" + code + "/corrections", "{\"sector\":\"construction\"}", lead);
        api.post("/api/v1/cases/" + code + "/actions", "{\"action\":\"assign\",\"units\":[\"union\"]}", lead);

        Api.Reply water = api.post("/api/v1/cases/" + code + "/corrections",
                "{\"sector\":\"water\",\"workers\":null}", township);
        assertEquals(200, water.status(), water.body());
        assertEquals(List.of("langmusi:township", "hrss:lead", "justice:legal_aid", "union:bureau", "water:bureau"),
                units(water.json()), "housing off, water on; the union added by hand stays");
        assertTrue(water.json().get("analysis").get("workers").isNull(), "null clears a field");
        List<String> steps = new ArrayList<>();
        water.json().get("timeline").values().forEach(s -> steps.add(s.get("action").getStringValue() + " "
                + (s.get("note").isNull() ? "" : s.get("note").getStringValue())));
        assertTrue(steps.containsAll(List.of("unit_removed housing (bureau)", "unit_added water (bureau)")), steps.toString());

        Api.Reply notWage = api.post("/api/v1/cases/" + code + "/corrections", "{\"wageArrears\":false}", lead);
        assertEquals(200, notWage.status(), notWage.body());
        assertEquals("redirected", notWage.json().get("status").getStringValue());
        assertEquals(List.of("hrss:lead", "union:bureau"), units(notWage.json()));
        assertEquals(List.of("not_wage"), strings(notWage.json().get("flags")));
        assertEquals("redirected", api.get("/api/v1/complaints/" + code).json().get("status").getStringValue());
        assertEquals(404, api.get("/api/v1/cases/" + code, township).status(), "the township is off the case");

        Api.Reply wageAgain = api.post("/api/v1/cases/" + code + "/corrections",
                "{\"wageArrears\":true,\"sector\":\"construction\"}", lead);
        assertEquals("assigned", wageAgain.json().get("status").getStringValue());
        assertEquals(List.of("hrss:lead", "union:bureau", "langmusi:township", "housing:bureau", "justice:legal_aid"),
                units(wageAgain.json()));
        assertTrue(wageAgain.json().get("advice").getStringValue().contains("法律援助"), "no redirect advice any more");
        assertEquals(4, examples.findByComplaintIdOrderById(complaintId(code)).size(), "every correction is kept");
    }

    @Test
    void onlyStaffOnTheCaseMayCorrectAndTheBodyIsChecked() {
        StaffFixtures staff = new StaffFixtures(staffService, api);
        String lead = staff.handler("hrss");
        String code = fileUnsureSector();

        assertEquals(404, api.post("/api/v1/cases/" + code + "/corrections", "{\"sector\":\"water\"}",
                staff.handler("ala")).status(), "a unit not on the case does not see it");
        Api.Reply hotline = api.post("/api/v1/cases/" + code + "/corrections", "{\"sector\":\"water\"}",
                staff.token("hotline", null));
        assertEquals(403, hotline.status(), hotline.body());
        assertEquals("forbidden", hotline.json().get("error").getStringValue());
        assertEquals(200, api.post("/api/v1/cases/" + code + "/corrections", "{\"absconded\":true}",
                staff.supervisor()).status());

        Api.Reply bad = api.post("/api/v1/cases/" + code + "/corrections",
                "{\"sector\":\"mining\",\"workers\":0,\"wageArrears\":null,\"township\":\"beijing\",\"phone\":\"1\"}", lead);
        assertEquals(400, bad.status(), bad.body());
        assertEquals("validation_failed", bad.json().get("error").getStringValue());
        assertEquals(List.of("phone", "sector", "township", "wageArrears", "workers"),
                fieldNames(bad.json().get("fields")).stream().sorted().toList());
        assertEquals("cannot be null", bad.json().get("fields").get("wageArrears").getStringValue());
        Api.Reply empty = api.post("/api/v1/cases/" + code + "/corrections", "{\"note\":\"看过了\"}", lead);
        assertEquals(400, empty.status());
        Api.Reply contradiction = api.post("/api/v1/cases/" + code + "/corrections",
                "{\"wageArrears\":false,\"sector\":\"water\"}", lead);
        assertEquals(List.of("sector"), fieldNames(contradiction.json().get("fields")));
        assertEquals(400, api.get("/api/v1/cases?flag=Needs-Triage", lead).status());
    }

    @Test
    void correctionsAreExportedInTheCorpusFormatWithoutNamePhoneOrStaff() throws Exception {
        StaffFixtures staff = new StaffFixtures(staffService, api);
        String leadUser = staff.account("handler", "hrss");
        String lead = api.login(leadUser, StaffFixtures.PASSWORD);
        String code = fileUnsureSector();
        api.post("/api/v1/cases/" + code + "/corrections", "{\"sector\":\"services\"}", lead);
        api.post("/api/v1/cases/" + code + "/corrections", "{\"sector\":\"construction\",\"amountYuan\":36000}", lead);
        Long last = examples.findByComplaintIdOrderById(complaintId(code)).get(1).id();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = export.write(out);
        String corpus = out.toString(StandardCharsets.UTF_8);

        assertTrue(written >= 1);
        List<LabelledComplaint> lines = new ArrayList<>();
        for (String line : corpus.split("\n")) {
            lines.add(LabelledComplaint.fromJson(line));
        }
        assertEquals(written, lines.size());
        List<LabelledComplaint> mine = lines.stream().filter(l -> l.text().contains("郎木寺镇工地干活")
                && l.id().equals("corr-" + last)).toList();
        assertEquals(1, mine.size(), "only the last correction of a complaint: " + corpus);
        LabelledComplaint line = mine.get(0);
        assertEquals(new LabelledComplaint("corr-" + last, line.text(), "zh", true, "construction", "某老板", 36000L, 1,
                "langmusi", false), line);
        assertFalse(corpus.contains("张卫东") || corpus.contains("13912345678") || corpus.contains(leadUser), corpus);
        assertTrue(line.text().contains("某某") && line.text().contains("[电话]"), line.text());
    }

    @Test
    void theRoutingPreviewTriagesAsFilingDoes() {
        String hotline = new StaffFixtures(staffService, api).token("hotline", null);

        Api.Reply unsure = api.post("/api/v1/routing/preview", """
                {"wageArrears":false,"wageConfidence":0.4,"text":"楼道的灯坏了","township":"maai"}""", hotline);
        Api.Reply said = api.post("/api/v1/routing/preview", """
                {"wageArrears":false,"text":"楼道的灯坏了","township":"maai"}""", hotline);
        Api.Reply sector = api.post("/api/v1/routing/preview", """
                {"wageArrears":true,"sector":"water","sectorConfidence":0.3,"township":"xicang","amountYuan":80000}""",
                hotline);

        assertEquals(200, unsure.status(), unsure.body());
        assertEquals("assigned", unsure.json().get("status").getStringValue());
        assertEquals(List.of("maai:township", "hrss:lead", "justice:legal_aid"), units(unsure.json()));
        assertEquals(List.of("needs_triage", "unsure_wage", "legal_aid"), strings(unsure.json().get("flags")));
        assertEquals("redirected", said.json().get("status").getStringValue(), "the operator's no is taken as said");
        assertEquals(List.of("xicang:township", "hrss:lead", "justice:legal_aid"), units(sector.json()));
        assertEquals(List.of("needs_triage", "unsure_sector", "legal_aid"), strings(sector.json().get("flags")));
    }

    private Long complaintId(String code) {
        Complaint c = complaints.findByTrackingCode(TrackingCodes.parse(code).orElseThrow()).orElseThrow();
        return c.id();
    }

    private String inbox(String token, String flag) {
        return InboxPages.body(api, "/api/v1/cases" + (flag == null ? "" : "?flag=" + flag), token);
    }

    static List<String> units(JsonNode c) {
        List<String> units = new ArrayList<>();
        c.get("assignments").values().forEach(a -> units.add(a.get("unit").getStringValue() + ":"
                + a.get("role").getStringValue()));
        return units;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.getStringValue()));
        return out;
    }

    static List<String> fieldNames(JsonNode fields) {
        List<String> names = new ArrayList<>();
        fields.entries().forEach(e -> names.add(e.getKey()));
        return names;
    }
}
