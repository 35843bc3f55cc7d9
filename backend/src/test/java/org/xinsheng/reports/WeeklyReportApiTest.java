package org.xinsheng.reports;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinsheng.cases.CaseAssignment;
import org.xinsheng.cases.CaseAssignmentRepository;
import org.xinsheng.cases.CaseEvent;
import org.xinsheng.cases.CaseEventRepository;
import org.xinsheng.cases.CaseFile;
import org.xinsheng.cases.CaseFileRepository;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.staff.StaffService;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Week 2020-W10 (2020-03-02 to 03-09, Beijing time), counted by hand:
 * A filed 02-20 gahai/agriculture 80000 yuan 4 workers, resolved 03-04 with 60000 recovered;
 * B filed 03-03 gahai/housing 30000 yuan 2 workers, assigned, deadline 03-03 (overdue);
 * C filed 03-05 langmusi/housing 10000 yuan 1 worker, assigned, deadline 03-20;
 * E filed 02-25 gahai/agriculture 5000 yuan 1 worker, assigned, resolved only on 03-12 (after the week);
 * D filed 03-10 gahai, after the week: not counted. Each carries the lead hrss.
 */
@MicronautTest(transactional = false)
class WeeklyReportApiTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static boolean loaded;

    @Inject @Client("/") HttpClient http;
    @Inject JsonMapper json;
    @Inject StaffService staffService;
    @Inject ComplaintRepository complaints;
    @Inject CaseEventRepository events;
    @Inject CaseAssignmentRepository assignments;
    @Inject CaseFileRepository files;

    @Inject
    Api api;
    String supervisor;

    @BeforeEach
    void setUp() {
        supervisor = new StaffFixtures(staffService, api).supervisor();
        if (!loaded) {
            loaded = true;
            fixtures();
        }
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private void fixtures() {
        Long a = complaint("2020-02-20T10:00", "gahai", "agriculture", 80000, 4, "resolved");
        steps(a, "2020-02-20T10:00 registered", "2020-02-20T10:00 assigned", "2020-02-21T09:00 verifying",
                "2020-02-22T09:00 handling", "2020-03-04T15:00 resolved");
        caseFile(a, null, at("2020-03-04T15:00"), 60000L);
        Long b = complaint("2020-03-03T08:00", "gahai", "housing", 30000, 2, "assigned");
        steps(b, "2020-03-03T08:00 registered", "2020-03-03T08:00 assigned");
        caseFile(b, at("2020-03-04T00:00"), null, null);
        Long c = complaint("2020-03-05T11:00", "langmusi", "housing", 10000, 1, "assigned");
        steps(c, "2020-03-05T11:00 registered", "2020-03-05T11:00 assigned");
        caseFile(c, at("2020-03-20T00:00"), null, null);
        Long e = complaint("2020-02-25T11:00", "gahai", "agriculture", 5000, 1, "resolved");
        steps(e, "2020-02-25T11:00 registered", "2020-02-25T11:00 assigned", "2020-03-12T11:00 resolved");
        caseFile(e, at("2020-04-01T00:00"), at("2020-03-12T11:00"), 5000L);
        Long d = complaint("2020-03-10T11:00", "gahai", "agriculture", 7000, 3, "assigned");
        steps(d, "2020-03-10T11:00 registered", "2020-03-10T11:00 assigned");
        caseFile(d, at("2020-03-10T23:00"), null, null);
    }

    private Long complaint(String filed, String township, String bureau, long amount, int workers, String status) {
        Instant t = at(filed);
        Complaint c = complaints.save(new Complaint(null, TrackingCodes.generate(), "web", "zh", status, "测试欠薪",
                null, "13800000000", true, null, "construction", 1.0, "测试公司", amount, workers, township, false, t, t));
        assignments.save(new CaseAssignment(null, c.id(), township, "township", t));
        assignments.save(new CaseAssignment(null, c.id(), bureau, "bureau", t));
        assignments.save(new CaseAssignment(null, c.id(), "hrss", "lead", t));
        return c.id();
    }

    /** The timeline; the complaint's last change is its last step, as the workflow writes it. */
    private void steps(Long id, String... steps) {
        Instant last = null;
        for (String step : steps) {
            String[] p = step.split(" ");
            last = at(p[0]);
            events.save(CaseEvent.of(id, last, p[1], "test", "test", null, null));
        }
        Complaint c = complaints.findById(id).orElseThrow();
        complaints.update(new Complaint(c.id(), c.trackingCode(), c.channel(), c.language(), c.status(), c.text(),
                c.complainantName(), c.complainantPhone(), c.wageArrears(), c.wageConfidence(), c.sector(),
                c.sectorConfidence(), c.employer(), c.amountYuan(), c.workers(), c.township(), c.absconded(),
                c.createdAt(), last));
    }

    private void caseFile(Long id, Instant deadline, Instant resolvedAt, Long recovered) {
        CaseFile f = CaseFile.open(id, complaints.findById(id).orElseThrow().createdAt(), List.of(), null, null,
                deadline);
        if (resolvedAt != null) {
            f = f.withResolution("inspection", null, recovered, 1, resolvedAt);
        }
        files.save(f);
    }

    private static JsonNode row(JsonNode rows, String unit) {
        for (JsonNode r : rows.values()) {
            if (r.get("unit").getStringValue().equals(unit)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + unit);
    }

    private static String figures(JsonNode r) {
        return r.get("newCases").getIntValue() + " " + r.get("total").getIntValue() + " " + r.get("open").getIntValue()
                + " " + r.get("closed").getIntValue() + " " + r.get("overdue").getIntValue() + " "
                + r.get("amountClaimedYuan").getLongValue() + " " + r.get("amountRecoveredYuan").getLongValue() + " "
                + r.get("workers").getLongValue();
    }

    @Test
    void theWeeklyFiguresMatchTheHandCount() {
        Api.Reply reply = api.get("/api/v1/reports/weekly?week=2020-W10&format=json", supervisor);
        assertEquals(200, reply.status(), reply.body());
        JsonNode report = reply.json();
        assertEquals("2020-W10", report.get("week").getStringValue());
        assertEquals(at("2020-03-02T00:00"), Instant.parse(report.get("from").getStringValue()));
        // new total open closed overdue claimed recovered workers
        assertEquals("2 4 3 1 1 125000 60000 8", figures(report.get("county")));
        assertEquals("1 3 2 1 1 115000 60000 7", figures(row(report.get("townships"), "gahai")));
        assertEquals("1 1 1 0 0 10000 0 1", figures(row(report.get("townships"), "langmusi")));
        assertEquals("2 2 2 0 1 40000 0 3", figures(row(report.get("bureaus"), "housing")));
        assertEquals("0 2 1 1 0 85000 60000 5", figures(row(report.get("bureaus"), "agriculture")));
        assertEquals("2 4 3 1 1 125000 60000 8", figures(row(report.get("bureaus"), "hrss")));
        assertEquals(2, report.get("townships").size());
    }

    private HttpResponse<byte[]> download(String uri) {
        return http.toBlocking().exchange(HttpRequest.GET(uri).bearerAuth(supervisor), byte[].class);
    }

    @Test
    void theExcelDownloadHoldsTheSameFiguresCellByCell() throws Exception {
        HttpResponse<byte[]> response = download("/api/v1/reports/weekly?week=2020-W10&format=xlsx");
        assertEquals(Downloads.XLSX, response.getContentType().orElseThrow().toString());
        assertTrue(response.header("Content-Disposition").contains("weekly-2020-W10.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("调度 2020-W10", sheet.getSheetName());
            Row header = sheet.getRow(0);
            List<String> expected = List.of("周次", "类别", "单位代码", "单位", "新增线索", "累计线索", "在办", "办结",
                    "超期", "涉及金额(元)", "追回金额(元)", "涉及人数");
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), header.getCell(i).getStringCellValue());
            }
            // county, gahai, langmusi, then the bureaus in key order: agriculture, housing, hrss.
            assertEquals(1 + 1 + 2 + 3, sheet.getLastRowNum() + 1);
            Row county = sheet.getRow(1);
            assertEquals("2020-W10", county.getCell(0).getStringCellValue());
            assertEquals("全县", county.getCell(1).getStringCellValue());
            assertEquals("county", county.getCell(2).getStringCellValue());
            double[] countyFigures = {2, 4, 3, 1, 1, 125000, 60000, 8};
            for (int i = 0; i < countyFigures.length; i++) {
                assertEquals(countyFigures[i], county.getCell(4 + i).getNumericCellValue(), "county column " + (4 + i));
            }
            Row gahai = sheet.getRow(2);
            assertEquals("乡镇", gahai.getCell(1).getStringCellValue());
            assertEquals("gahai", gahai.getCell(2).getStringCellValue());
            assertEquals("尕海镇", gahai.getCell(3).getStringCellValue());
            double[] gahaiFigures = {1, 3, 2, 1, 1, 115000, 60000, 7};
            for (int i = 0; i < gahaiFigures.length; i++) {
                assertEquals(gahaiFigures[i], gahai.getCell(4 + i).getNumericCellValue(), "gahai column " + (4 + i));
            }
            Row housing = sheet.getRow(5);
            assertEquals("部门", housing.getCell(1).getStringCellValue());
            assertEquals("housing", housing.getCell(2).getStringCellValue());
            assertEquals(40000, housing.getCell(9).getNumericCellValue());
        }
    }

    @Test
    void theCsvDownloadStartsWithAByteOrderMark() {
        HttpResponse<byte[]> response = download("/api/v1/reports/weekly?week=2020-W10&format=csv");
        byte[] body = response.body();
        assertEquals((byte) 0xEF, body[0]);
        assertEquals((byte) 0xBB, body[1]);
        assertEquals((byte) 0xBF, body[2]);
        String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals(7, lines.length);
        assertTrue(lines[0].startsWith("周次,类别,单位代码,单位,新增线索"), lines[0]);
        assertEquals("2020-W10,乡镇,gahai,尕海镇,1,3,2,1,1,115000,60000,7", lines[2]);
    }

    @Test
    void theLedgerListsTheCasesFiledInTheWeek() throws Exception {
        Api.Reply reply = api.get("/api/v1/reports/ledger?week=2020-W10", supervisor);
        assertEquals(200, reply.status(), reply.body());
        assertEquals(2, reply.json().size());
        JsonNode first = reply.json().get(0);
        assertEquals(30000, first.get("amountYuan").getLongValue());
        assertTrue(first.get("overdue").getBooleanValue());
        assertTrue(first.get("units").getStringValue().contains("尕海镇"));
        HttpResponse<byte[]> xlsx = download("/api/v1/reports/ledger?week=2020-W10&format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("查询码", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum() + 1);
            assertEquals("2020-03-03 08:00", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("尕海镇", sheet.getRow(1).getCell(4).getStringCellValue());
            assertEquals(30000, sheet.getRow(1).getCell(7).getNumericCellValue());
            assertEquals("是", sheet.getRow(1).getCell(11).getStringCellValue());
        }
    }

    @Test
    void reportsAreForSupervisorsAndTheWeekIsChecked() {
        String handler = new StaffFixtures(staffService, api).handler("gahai");
        assertEquals(403, api.get("/api/v1/reports/weekly?week=2020-W10", handler).status());
        assertEquals(401, api.get("/api/v1/reports/weekly?week=2020-W10").status());
        Api.Reply bad = api.get("/api/v1/reports/weekly?week=2020-10&format=pdf", supervisor);
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("fields").get("week") != null && bad.json().get("fields").get("format") != null);
        assertEquals(400, api.get("/api/v1/reports/weekly?week=2020-W54", supervisor).status());
    }
}
