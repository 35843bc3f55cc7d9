package org.xinsheng.ops;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.xinsheng.web.ErrorAnswers;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.xinsheng.staff.StaffRole;
import org.xinsheng.staff.StaffService;
import org.xinsheng.web.ApiException;
import org.xinsheng.web.JsonBody;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * POST /api/v1/admin/backup: an online backup of the embedded database. An admin's token writes it under the data
 * directory's backups/; the local operator token ({@link OpsToken}, used by {@code xinsheng backup DIR}) may name
 * the directory {@code {"directory": "/absolute/path"}}. On MySQL or MariaDB it answers 409 not_embedded.
 */
@Controller("/api/v1/admin/backup")
@ErrorAnswers
@SecurityRequirement(name = "staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class BackupController {

    private final OnlineBackup backup;
    private final OpsToken opsToken;
    private final StaffService staff;
    private final JsonMapper json;

    public BackupController(OnlineBackup backup, OpsToken opsToken, StaffService staff, JsonMapper json) {
        this.backup = backup;
        this.opsToken = opsToken;
        this.staff = staff;
        this.json = json;
    }

    @Serdeable
    public record BackupAnswer(String file, long bytes) {
    }

    @ApiResponse(responseCode = "201", description = "Backup written",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BackupAnswer.class)))
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<BackupAnswer> create(@Nullable Authentication authentication,
                                             @Nullable @Header(OpsToken.HEADER) String token,
                                             @RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/BackupRequest"))) @Nullable @Body String body) {
        boolean operator = opsToken.accepts(token);
        if (!operator) {
            if (authentication == null) {
                throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Log in first.");
            }
            if (staff.current(authentication).staffRole() != StaffRole.ADMIN) {
                throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only an admin may take backups.");
            }
        }
        Path directory = backup.defaultDirectory();
        if (body != null && !body.isEmpty()) {
            JsonBody in = JsonBody.parse(json, body);
            in.onlyFields(Set.of("directory"));
            String asked = in.string("directory", 1000).orElse(null);
            in.throwIfInvalid();
            if (asked != null) {
                if (!operator) {
                    throw new ApiException(HttpStatus.FORBIDDEN, "forbidden",
                            "Only the operator token of this machine may choose where the backup is written.");
                }
                if (!Path.of(asked).isAbsolute()) {
                    throw ApiException.invalid(Map.of("directory", "must be an absolute path"));
                }
                directory = Path.of(asked);
            }
        }
        OnlineBackup.Written written = backup.into(directory);
        return HttpResponse.status(HttpStatus.CREATED).body(new BackupAnswer(written.file().toString(), written.bytes()));
    }
}
