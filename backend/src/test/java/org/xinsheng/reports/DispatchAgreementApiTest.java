package org.xinsheng.reports;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's tiles, its overdue list and the downloaded dispatch read one set of server numbers: for a week, the
 * JSON figure, the CSV and Excel cells and the overdue list agree, in the running week (counted now) and in a past
 * one (counted at its end, with what changed later left out). And the ledger pages through more than one page.
 */
@MicronautTest(transactional = false)
// the first Excel written after start loads the workbook classes: on a busy machine that outlasts the client's 10 s
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class DispatchAgreementApiTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Set<String> OPEN = Set.of("registered", "assigned", "verifying", "handling");
    static boolean loaded;
    static String overdueNow, dueLater, closedLate, overdueThen, dueThen;

    @Inject @Client("/") HttpClient http;
    @Inject StaffService staffService;
    @Inject ComplaintRepository complaints;
    @Inject CaseEventRepository events;
    @Inject CaseAssignmentRepository assignments;
    @Inject CaseFileRepository files;
    @Inject Api api;
    String supervisor;

    @BeforeEach
    void setUp() {
        supervisor = new StaffFixtures(staffService, api).supervisor();
        if (!loaded) {
            loaded = true;
            Instant now = Instant.now();
            overdueNow = complaint(now, "assigned", now.minus(Duration.ofHours(2)), now, null);
            dueLater = complaint(now, "assigned", now.plus(Duration.ofDays(3)), now, null);
            closedLate = complaint(now, "resolved", now.minus(Duration.ofHours(2)), now, null);
            // Past: overdue at the end of 2021-W05 (open, deadline 02-01), resolved only on 02-10.
            overdueThen = complaint(at("2021-01-25T10:00"), "resolved", at("2021-02-01T10:00"), at("2021-02-10T10:00"),
                    "assigned");
            dueThen = complaint(at("2021-01-26T10:00"), "assigned", at("2021-02-20T10:00"), at("2021-01-26T10:00"),
                    null);
        }
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
    }

    /** A complaint in gahai; with {@code statusBefore}, it had that status until {@code changed}. */
    private String complaint(Instant filed, String status, Instant deadline, Instant changed, String statusBefore) {
        Complaint c = complaints.save(new Complaint(null, TrackingCodes.generate(), "web", "zh", status, "测试欠薪",
                null, "13800000000", true, null, "construction", 1.0, "测试公司", 1000L, 1, "gahai", false, filed,
                changed));
        assignments.save(new CaseAssignment(null, c.id(), "gahai", "township", filed));
        assignments.save(new CaseAssignment(null, c.id(), "hrss", "lead", filed));
        events.save(CaseEvent.of(c.id(), filed, statusBefore == null ? status : statusBefore, "test", "test", null, null));
        if (statusBefore != null) {
            events.save(CaseEvent.of(c.id(), changed, status, "test", "test", null, null));
        }
        files.save(CaseFile.open(c.id(), filed, List.of(), null, null, deadline));
        return TrackingCodes.format(c.trackingCode());
    }

    private byte[] download(String uri) {
        HttpResponse<byte[]> response = http.toBlocking().exchange(HttpRequest.GET(uri).bearerAuth(supervisor),
                byte[].class);
        return response.body();
    }

    private List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.values().forEach(o -> codes.add(o.get("trackingCode").getStringValue()));
        return codes;
    }

    /** Checks that the week's figure, downloads and list agree; answers the listed codes. */
    private List<String> agreeing(String week) throws Exception {
        JsonNode weekly = api.get("/api/v1/reports/weekly?week=" + week, supervisor).json();
        int overdue = weekly.get("county").get("overdue").getIntValue();
        Instant asOf = Instant.parse(weekly.get("asOf").getStringValue());
        Api.Reply listed = api.get("/api/v1/reports/overdue?limit=1000&week=" + week, supervisor);
        assertEquals(200, listed.status(), listed.body());
        assertEquals(overdue, listed.json().size(), "the tile and the list of " + week);
        for (JsonNode o : listed.json().values()) {
            assertTrue(OPEN.contains(o.get("status").getStringValue()), o.toString());
            assertTrue(Instant.parse(o.get("deadline").getStringValue()).isBefore(asOf), o.toString());
        }
        String[] csv = new String(download("/api/v1/reports/weekly?format=csv&week=" + week), StandardCharsets.UTF_8)
                .substring(1).split("\r\n");
        assertTrue(csv[1].startsWith(week + ",全县,county,"), csv[1]);
        assertEquals(String.valueOf(overdue), csv[1].split(",")[8], "the tile and the CSV of " + week);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download("/api/v1/reports/weekly?format=xlsx&week=" + week)))) {
            assertEquals(overdue, (int) book.getSheetAt(0).getRow(1).getCell(8).getNumericCellValue());
        }
        int townships = 0;
        for (JsonNode row : weekly.get("townships").values()) {
            townships += row.get("overdue").getIntValue();
        }
        assertTrue(townships <= overdue, "a complaint counts under one township at most");
        return codes(listed.json());
    }

    @Test
    void theRunningWeekIsCountedNowAndAllThreeAgree() throws Exception {
        List<String> listed = agreeing(IsoWeek.containing(Instant.now(), BEIJING).toString());
        assertTrue(listed.contains(overdueNow), listed.toString());
        assertFalse(listed.contains(dueLater), "not due yet");
        assertFalse(listed.contains(closedLate), "resolved is not overdue");
    }

    @Test
    void aPastWeekIsCountedAtItsEndAndAllThreeAgree() throws Exception {
        List<String> w05 = agreeing("2021-W05");
        assertTrue(w05.contains(overdueThen), "open and past its deadline at the end of W05, resolved later");
        assertFalse(w05.contains(dueThen));
        JsonNode weekly = api.get("/api/v1/reports/weekly?week=2021-W05", supervisor).json();
        assertEquals(at("2021-02-08T00:00"), Instant.parse(weekly.get("asOf").getStringValue()));
        List<String> w07 = agreeing("2021-W07");
        assertFalse(w07.contains(overdueThen), "resolved on 02-10");
    }

    @Test
    void theOverdueListChecksItsQuery() {
        Api.Reply bad = api.get("/api/v1/reports/overdue?week=2021-5&limit=0", supervisor);
        assertEquals(400, bad.status());
        assertTrue(bad.json().get("fields").get("limit") != null, bad.body());
        Api.Reply week = api.get("/api/v1/reports/overdue?week=2021-5", supervisor);
        assertTrue(week.json().get("fields").get("week") != null, week.body());
        assertEquals(403, api.get("/api/v1/reports/overdue", new StaffFixtures(staffService, api).handler("gahai"))
                .status());
    }

    @Test
    void theLedgerPagesThroughWeeksLongerThanAPage() {
        // 2,500 complaints in 2022-W20, many filed at the same instant: each must come once, in filing order.
        List<Complaint> batch = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            Instant t = at("2022-05-16T08:00").plus(Duration.ofMinutes(i / 300));
            batch.add(new Complaint(null, TrackingCodes.generate(), "web", "zh", "assigned", "测试", null,
                    "13800000000", true, null, "construction", 1.0, "公司" + i, (long) i, 1, "gahai", false, t, t));
        }
        complaints.saveAll(batch);
        String csv = new String(download("/api/v1/reports/ledger?format=csv&week=2022-W20"), StandardCharsets.UTF_8);
        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(2501, lines.length);
        Set<String> codes = new HashSet<>();
        String previous = "";
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            codes.add(cells[0]);
            assertTrue(cells[1].compareTo(previous) >= 0, "filing order at line " + i);
            previous = cells[1];
        }
        assertEquals(2500, codes.size());
        assertEquals(2500, api.get("/api/v1/reports/ledger?week=2022-W20", supervisor).json().size());
    }
}
