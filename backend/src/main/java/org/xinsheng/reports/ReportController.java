package org.xinsheng.reports;

import org.xinsheng.web.ErrorAnswers;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.staff.StaffAccount;
import org.xinsheng.staff.StaffRole;
import org.xinsheng.staff.StaffService;
import org.xinsheng.web.ApiException;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The weekly dispatch, its overdue cases and the case ledger, as JSON for the console or as Excel and CSV downloads. */
@Controller("/api/v1/reports")
@ErrorAnswers
@SecurityRequirement(name = "staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ReportController {

    private static final List<String> FORMATS = List.of("json", "xlsx", "csv");
    private static final int MAX_OVERDUE = 1000;

    private final StaffService staff;
    private final WeeklyReports weekly;
    private final Ledger ledger;
    private final ZoneId zone;

    public ReportController(StaffService staff, WeeklyReports weekly, Ledger ledger, Jurisdiction jurisdiction) {
        this.staff = staff;
        this.weekly = weekly;
        this.ledger = ledger;
        this.zone = ZoneId.of(jurisdiction.deadlines().timeZone());
    }

    @Get(uri = "/weekly", produces = {MediaType.APPLICATION_JSON, Downloads.XLSX, "text/csv"})
    @ApiResponse(responseCode = "200", description = "The week's dispatch: JSON, or one sheet as xlsx or csv (format)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Weekly.class)),
                    @Content(mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public HttpResponse<?> weekly(Authentication authentication, @Nullable @QueryValue String week,
                                  @Nullable @QueryValue String format) {
        supervisor(authentication);
        IsoWeek w = week(week, format);
        Weekly report = weekly.weekly(w, Instant.now());
        Table table = Table.of(report);
        SheetFile.Source rows = sink -> {
            for (List<Object> row : table.rows()) {
                sink.row(row);
            }
        };
        return answer(report, table.name(), table.headers(), rows, format, "weekly-" + w);
    }

    /** The cases the week's dispatch counts as overdue (as many as its {@code overdue} figure), longest overdue first. */
    @Get(uri = "/overdue", produces = MediaType.APPLICATION_JSON)
    public List<OverdueCase> overdue(Authentication authentication, @Nullable @QueryValue String week,
                                     @Nullable @QueryValue Integer limit) {
        supervisor(authentication);
        if (limit != null && (limit < 1 || limit > MAX_OVERDUE)) {
            throw ApiException.invalid(Map.of("limit", "must be between 1 and " + MAX_OVERDUE));
        }
        return weekly.overdue(week(week, null), Instant.now(), limit == null ? 100 : limit);
    }

    @Get(uri = "/ledger", produces = {MediaType.APPLICATION_JSON, Downloads.XLSX, "text/csv"})
    @ApiResponse(responseCode = "200", description = "Every case filed in the week, one row each: JSON, xlsx or csv (format)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    array = @ArraySchema(schema = @Schema(implementation = LedgerRow.class))),
                    @Content(mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public HttpResponse<?> ledger(Authentication authentication, @Nullable @QueryValue String week,
                                  @Nullable @QueryValue String format) {
        supervisor(authentication);
        IsoWeek w = week(week, format);
        Instant now = Instant.now();
        if (format == null || "json".equals(format)) {
            return HttpResponse.ok(ledger.rows(w, now)).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return answer(null, "台账 " + w, Ledger.HEADERS, ledger.sheet(w, now, zone), format, "ledger-" + w);
    }

    private void supervisor(Authentication authentication) {
        StaffAccount caller = staff.current(authentication);
        if (caller.staffRole() != StaffRole.SUPERVISOR && caller.staffRole() != StaffRole.ADMIN) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only supervisors and admins read reports.");
        }
    }

    private IsoWeek week(@Nullable String week, @Nullable String format) {
        Map<String, String> faults = new LinkedHashMap<>();
        var parsed = IsoWeek.parseOrCurrent(week, zone);
        if (parsed.isEmpty()) {
            faults.put("week", "must be an ISO week such as 2026-W47");
        }
        if (format != null && !FORMATS.contains(format)) {
            faults.put("format", "must be one of " + String.join(", ", FORMATS));
        }
        if (!faults.isEmpty()) {
            throw ApiException.invalid(faults);
        }
        return parsed.get();
    }

    private static HttpResponse<?> answer(Object json, String sheet, List<String> headers, SheetFile.Source rows,
                                          @Nullable String format, String file) {
        if ("xlsx".equals(format)) {
            return HttpResponse.ok(SheetFile.xlsx(sheet, headers, rows, file + ".xlsx"));
        }
        if ("csv".equals(format)) {
            return HttpResponse.ok(SheetFile.csv(headers, rows, file + ".csv"));
        }
        return HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
