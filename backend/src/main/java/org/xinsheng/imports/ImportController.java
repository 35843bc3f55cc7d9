package org.xinsheng.imports;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.xinsheng.web.ErrorAnswers;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.xinsheng.reports.Downloads;
import org.xinsheng.reports.Table;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.staff.StaffRole;
import org.xinsheng.staff.StaffService;
import org.xinsheng.web.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Imports clues from the platforms' spreadsheets (supervisors and admins), and the empty template to fill. */
@Controller("/api/v1/imports")
@ErrorAnswers
@SecurityRequirement(name = "staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ImportController {

    private final StaffService staff;
    private final ImportService imports;
    private final Jurisdiction jurisdiction;

    public ImportController(StaffService staff, ImportService imports, Jurisdiction jurisdiction) {
        this.staff = staff;
        this.imports = imports;
        this.jurisdiction = jurisdiction;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    public ImportResult upload(Authentication authentication, @Nullable CompletedFileUpload file,
                               @Nullable @QueryValue Boolean allOrNothing) {
        supervisor(authentication);
        if (file == null) {
            throw ApiException.invalid(Map.of("file", "is required: the .xlsx or .csv sheet as multipart part 'file'"));
        }
        try {
            return imports.run(file.getFilename(), file.getBytes(), Boolean.TRUE.equals(allOrNothing));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(uri = "/template", produces = {Downloads.XLSX, "text/csv", MediaType.APPLICATION_JSON})
    @ApiResponse(responseCode = "200", description = "The header row and one example row (JSON only for errors)",
            content = {@Content(mediaType = Downloads.XLSX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    public HttpResponse<byte[]> template(Authentication authentication, @Nullable @QueryValue String format) {
        supervisor(authentication);
        if (format != null && !List.of("xlsx", "csv").contains(format)) {
            throw ApiException.invalid(Map.of("format", "must be one of xlsx, csv"));
        }
        String township = jurisdiction.townships().get(0).name("zh");
        Table table = new Table("线索导入", ImportTemplate.COLUMNS.stream().map(ImportTemplate.Column::title).toList(),
                List.of(List.of("GZQX-2026-000123", "在" + township + "工地干了三个月，老板欠我们5个人工资共3万元",
                        "13812345678", "张三", "某建筑有限公司", 30000, 5, township, "construction", "zh")));
        boolean csv = "csv".equals(format);
        return HttpResponse.ok(csv ? Downloads.csv(table) : Downloads.xlsx(table))
                .contentType(csv ? Downloads.CSV : Downloads.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"import-template." + (csv ? "csv" : "xlsx") + "\"");
    }

    private void supervisor(Authentication authentication) {
        StaffRole role = staff.current(authentication).staffRole();
        if (role != StaffRole.SUPERVISOR && role != StaffRole.ADMIN) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only supervisors and admins import clues.");
        }
    }
}
