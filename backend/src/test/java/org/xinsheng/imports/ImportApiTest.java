package org.xinsheng.imports;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.staff.StaffService;
import org.xinsheng.support.Api;
import org.xinsheng.support.StaffFixtures;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ImportApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject @Client("/") HttpClient http;
    @Inject JsonMapper json;
    @Inject StaffService staffService;
    @Inject ComplaintRepository complaints;

    @Inject
    Api api;
    String supervisor;
    String prefix;

    @BeforeEach
    void setUp() {
        supervisor = new StaffFixtures(staffService, api).supervisor();
        prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    private Api.Reply upload(String name, String type, byte[] bytes, String query) {
        MultipartBody body = MultipartBody.builder().addPart("file", name, MediaType.of(type), bytes).build();
        return api.send(HttpRequest.POST("/api/v1/imports" + query, body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(supervisor));
    }

    /** 200 clues; rows 11, 101 and 181 of the sheet are bad (a landline, no story, an amount in words). */
    private byte[] sheet() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("线索");
            String[] headers = {"线索编号", "反映内容", "联系电话", "姓名", "用人单位", "欠薪金额（元）", "涉及人数", "乡镇", "行业"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int n = 1; n <= 200; n++) {
                Row row = sheet.createRow(n);
                row.createCell(0).setCellValue(prefix + n);
                row.createCell(1).setCellValue(n == 100 ? "" : "在工地干活被拖欠工资，第" + n + "条");
                if (n == 10) {
                    row.createCell(2).setCellValue("0941-1234567");
                } else {
                    row.createCell(2).setCellValue(13800000000d + n); // typed as a number, as Excel users do
                }
                row.createCell(3).setCellValue("工人" + n);
                row.createCell(4).setCellValue("甘肃" + prefix + (n % 7) + "建筑有限公司");
                if (n == 180) {
                    row.createCell(5).setCellValue("三万元");
                } else {
                    row.createCell(5).setCellValue(1000 * n);
                }
                row.createCell(6).setCellValue(1 + n % 5);
                row.createCell(7).setCellValue(n % 2 == 0 ? "郎木寺镇" : "gahai");
                row.createCell(8).setCellValue("construction");
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a200RowSheetWith3BadRowsRunTwiceLeaves197Complaints() throws Exception {
        byte[] file = sheet();
        long before = complaints.count();
        Api.Reply first = upload("clues.xlsx", XLSX, file, "");
        assertEquals(200, first.status(), first.body());
        JsonNode r = first.json();
        assertEquals(200, r.get("rows").getIntValue());
        assertEquals(197, r.get("imported").size());
        assertEquals(0, r.get("skipped").size());
        assertEquals(3, r.get("errors").size());
        assertEquals(11, r.get("errors").get(0).get("row").getIntValue());
        assertTrue(r.get("errors").get(0).get("fields").get("phone") != null, r.get("errors").get(0).toString());
        assertEquals(101, r.get("errors").get(1).get("row").getIntValue());
        assertTrue(r.get("errors").get(1).get("fields").get("text") != null);
        assertEquals(181, r.get("errors").get(2).get("row").getIntValue());
        assertEquals("must be a whole number", r.get("errors").get(2).get("fields").get("amountYuan").getStringValue());
        assertEquals(before + 197, complaints.count());

        String code = r.get("imported").get(1).get("trackingCode").getStringValue();
        var filed = complaints.findByTrackingCode(TrackingCodes.parse(code).orElseThrow()).orElseThrow();
        assertEquals("import", filed.channel());
        assertEquals("langmusi", filed.township());
        assertEquals("13800000002", filed.complainantPhone());
        assertEquals(2000L, filed.amountYuan());

        Api.Reply second = upload("clues.xlsx", XLSX, file, "");
        assertEquals(200, second.status(), second.body());
        assertEquals(0, second.json().get("imported").size());
        assertEquals(197, second.json().get("skipped").size());
        assertEquals(code, second.json().get("skipped").get(1).get("trackingCode").getStringValue());
        assertEquals(3, second.json().get("errors").size());
        assertEquals(before + 197, complaints.count());
    }

    @Test
    void aCsvWithABadRowAndAllOrNothingFilesNothing() {
        String csv = "\uFEFF线索编号,反映内容,联系电话,乡镇\r\n"
                + prefix + "1,\"老板欠工资，3个人\",13812345678,尕海镇\r\n"
                + prefix + "2,欠薪,12345,gahai\r\n"
                + prefix + "1,重复的编号,13812345679,gahai\r\n";
        long before = complaints.count();
        Api.Reply strict = upload("clues.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), "?allOrNothing=true");
        assertEquals(422, strict.status(), strict.body());
        assertEquals("bad_rows", strict.json().get("error").getStringValue());
        assertEquals(before, complaints.count());

        Api.Reply lenient = upload("clues.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), "");
        assertEquals(200, lenient.status(), lenient.body());
        assertEquals(1, lenient.json().get("imported").size());
        assertEquals(2, lenient.json().get("errors").size());
        assertTrue(lenient.json().get("errors").get(1).get("fields").get("clueNumber").getStringValue()
                .contains("row 2"), lenient.body());
        assertEquals(before + 1, complaints.count());
    }

    @Test
    void theTemplateNamesTheColumnsAndCanBeImportedAsItIs() throws Exception {
        var response = http.toBlocking().exchange(HttpRequest.GET("/api/v1/imports/template?format=xlsx")
                .accept("text/html,application/xhtml+xml,*/*;q=0.8").bearerAuth(supervisor), byte[].class);
        byte[] template;
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(response.body()))) {
            Row header = book.getSheetAt(0).getRow(0);
            String[] expected = {"线索编号", "反映内容", "联系电话", "姓名", "用人单位", "欠薪金额", "涉及人数", "乡镇", "行业", "语言"};
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], header.getCell(i).getStringCellValue());
            }
            book.getSheetAt(0).getRow(1).getCell(0).setCellValue(prefix + "template");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            template = out.toByteArray();
        }
        Api.Reply reply = upload("template.xlsx", XLSX, template, "");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(1, reply.json().get("imported").size(), reply.body());
        String csv = new String(http.toBlocking().exchange(HttpRequest.GET("/api/v1/imports/template?format=csv")
                .bearerAuth(supervisor), byte[].class).body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF线索编号,反映内容,联系电话"), csv);
    }

    @Test
    void aFileThatIsNoSheetOrLacksColumnsIsRefusedClearly() {
        Api.Reply missing = upload("x.csv", "text/csv", "姓名,电话\r\n张三,138\r\n".getBytes(StandardCharsets.UTF_8), "");
        assertEquals(400, missing.status());
        assertEquals("missing_columns", missing.json().get("error").getStringValue());
        assertTrue(missing.json().get("message").getStringValue().contains("线索编号"));
        Api.Reply binary = upload("x.xlsx", XLSX, new byte[]{'P', 'K', 3, 4, 0, 0}, "");
        assertEquals(400, binary.status());
        assertEquals("unreadable_file", binary.json().get("error").getStringValue());
        String handler = new StaffFixtures(staffService, api).handler("gahai");
        MultipartBody body = MultipartBody.builder().addPart("file", "x.csv", MediaType.of("text/csv"),
                "线索编号\r\n".getBytes(StandardCharsets.UTF_8)).build();
        assertEquals(403, api.send(HttpRequest.POST("/api/v1/imports", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(handler)).status());
    }
}
