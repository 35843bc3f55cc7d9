package org.xinsheng.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.xinsheng.cases.AuditEvent;
import org.xinsheng.cases.AuditRepository;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.PhoneNumbers;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.staff.StaffAccount;
import org.xinsheng.staff.StaffRole;
import org.xinsheng.staff.StaffService;
import org.xinsheng.web.ApiException;
import org.xinsheng.web.ErrorAnswers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/hotline/lookup?phone=… or ?code=…: for a "how is my complaint?" call, the complaints filed from the
 * caller's phone (newest first, at most {@link #MAX_MATCHES}) or under a tracking code, each as the tracking page
 * shows it: status, units, public timeline; never the complainant's name or phone. Hotline operators and admins only;
 * each lookup is audited with the phone masked.
 */
@Controller("/api/v1/hotline")
@ErrorAnswers
@SecurityRequirement(name = "staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class HotlineLookupController {

    static final int MAX_MATCHES = 10;

    private final StaffService staff;
    private final TrackingService tracking;
    private final AuditRepository audit;
    private final ComplaintRepository complaints;

    public HotlineLookupController(StaffService staff, TrackingService tracking, AuditRepository audit,
                                   ComplaintRepository complaints) {
        this.staff = staff;
        this.tracking = tracking;
        this.audit = audit;
        this.complaints = complaints;
    }

    /** The matching complaints; {@code more} says the caller has filed more than those shown. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Matches(List<PublicComplaintView> matches, boolean more) {
    }

    @Get(uri = "/lookup", produces = MediaType.APPLICATION_JSON)
    public Matches lookup(Authentication authentication, @Nullable @QueryValue String phone,
                          @Nullable @QueryValue String code) {
        StaffAccount caller = staff.current(authentication);
        if (caller.staffRole() != StaffRole.HOTLINE && caller.staffRole() != StaffRole.ADMIN) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only hotline operators and admins look up callers.");
        }
        boolean byPhone = phone != null && !phone.isBlank();
        boolean byCode = code != null && !code.isBlank();
        if (byPhone == byCode) {
            throw ApiException.invalid(Map.of(byPhone ? "code" : "phone", byPhone
                    ? "give either phone or code, not both" : "give the caller's phone or a tracking code"));
        }
        if (byCode) {
            String parsed = TrackingCodes.parse(code).orElseThrow(() -> ApiException.invalid(Map.of("code",
                    "is not a tracking code: 13 characters without 0, 1, O or I")));
            audited(caller, "code " + TrackingCodes.format(parsed));
            return new Matches(viewsOf(List.of(parsed)), false);
        }
        String mobile = PhoneNumbers.normalizeMobile(phone).orElseThrow(() -> ApiException.invalid(Map.of("phone",
                "must be a mainland China mobile number: 11 digits starting with 1")));
        audited(caller, "phone " + PhoneNumbers.mask(mobile));
        List<String> codes = complaints.findTrackingCodesByPhone(mobile, MAX_MATCHES + 1);
        boolean more = codes.size() > MAX_MATCHES;
        return new Matches(viewsOf(more ? codes.subList(0, MAX_MATCHES) : codes), more);
    }

    private List<PublicComplaintView> viewsOf(List<String> codes) {
        List<PublicComplaintView> views = new ArrayList<>();
        for (String code : codes) {
            try {
                views.add(tracking.publicView(code));
            } catch (ApiException unknown) {
                // an unknown code is simply no match
            }
        }
        return views;
    }

    private void audited(StaffAccount caller, String what) {
        audit.save(new AuditEvent(null, Instant.now(), caller.username(), "hotline_lookup", null, what));
    }
}
