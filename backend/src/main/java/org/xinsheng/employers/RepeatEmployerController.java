package org.xinsheng.employers;

import org.xinsheng.web.ErrorAnswers;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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
import org.xinsheng.cases.CaseComplaints;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.staff.StaffRole;
import org.xinsheng.staff.StaffService;
import org.xinsheng.web.ApiException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Employers with 3 or more complaints (or ?min=n), most complaints first; for supervisors and admins. */
@Controller("/api/v1/employers")
@ErrorAnswers
@SecurityRequirement(name = "staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class RepeatEmployerController {

    private static final Set<String> OPEN = Set.of("registered", "assigned", "verifying", "handling");

    private final StaffService staff;
    private final EmployerLinkRepository links;
    private final CaseComplaints complaints;

    public RepeatEmployerController(StaffService staff, EmployerLinkRepository links, CaseComplaints complaints) {
        this.staff = staff;
        this.links = links;
        this.complaints = complaints;
    }

    @Get(uri = "/repeat", produces = MediaType.APPLICATION_JSON)
    public List<RepeatEmployer> repeat(Authentication authentication, @Nullable @QueryValue Integer min) {
        StaffRole role = staff.current(authentication).staffRole();
        if (role != StaffRole.SUPERVISOR && role != StaffRole.ADMIN) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only supervisors and admins see this list.");
        }
        if (min != null && (min < 2 || min > 1000)) {
            throw ApiException.invalid(Map.of("min", "must be between 2 and 1000"));
        }
        List<String> keys = links.keysWithAtLeast(min == null ? 3 : min);
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, List<EmployerLink>> byKey = links.findByEmployerKeyInOrderByComplaintId(keys).stream()
                .collect(Collectors.groupingBy(EmployerLink::employerKey));
        Map<Long, Complaint> cases = complaints.findByIdIn(byKey.values().stream().flatMap(List::stream)
                .map(EmployerLink::complaintId).toList()).stream()
                .collect(Collectors.toMap(Complaint::id, Function.identity()));
        return byKey.entrySet().stream().map(e -> {
            List<EmployerLink> list = e.getValue();
            List<RepeatEmployer.Case> items = list.stream().map(l -> cases.get(l.complaintId()))
                    .map(c -> new RepeatEmployer.Case(TrackingCodes.format(c.trackingCode()), c.status(), c.createdAt()))
                    .toList();
            return new RepeatEmployer(e.getKey(), list.stream().map(EmployerLink::employer).distinct().toList(),
                    list.size(), (int) items.stream().filter(i -> OPEN.contains(i.status())).count(),
                    list.stream().map(EmployerLink::township).filter(t -> t != null).distinct().sorted().toList(),
                    list.stream().map(EmployerLink::filedAt).max(Comparator.naturalOrder()).orElseThrow(), items);
        }).sorted(Comparator.comparing(RepeatEmployer::complaints).reversed()
                .thenComparing(RepeatEmployer::employerKey)).toList();
    }
}
