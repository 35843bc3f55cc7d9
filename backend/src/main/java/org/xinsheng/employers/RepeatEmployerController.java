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
import io.micronaut.transaction.TransactionOperations;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.staff.StaffRole;
import org.xinsheng.staff.StaffService;
import org.xinsheng.web.ApiException;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Employers with 3 or more complaints (or ?min=n), most complaints first, at most ?limit=n of them (100), each with
 * its latest {@value #CASES_SHOWN} complaints; for supervisors and admins.
 */
@Controller("/api/v1/employers")
@ErrorAnswers
@SecurityRequirement(name = "staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class RepeatEmployerController {

    static final int CASES_SHOWN = 20;

    private final StaffService staff;
    private final RepeatEmployerQueries queries;
    private final EmployerRanking ranking;
    private final TransactionOperations<Connection> transactions;

    public RepeatEmployerController(StaffService staff, RepeatEmployerQueries queries, EmployerRanking ranking,
                                    TransactionOperations<Connection> transactions) {
        this.staff = staff;
        this.queries = queries;
        this.ranking = ranking;
        this.transactions = transactions;
    }

    @Get(uri = "/repeat", produces = MediaType.APPLICATION_JSON)
    public List<RepeatEmployer> repeat(Authentication authentication, @Nullable @QueryValue Integer min,
                                       @Nullable @QueryValue Integer limit) {
        StaffRole role = staff.current(authentication).staffRole();
        if (role != StaffRole.SUPERVISOR && role != StaffRole.ADMIN) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Only supervisors and admins see this list.");
        }
        Map<String, String> faults = new LinkedHashMap<>();
        if (min != null && (min < 2 || min > 1000)) {
            faults.put("min", "must be between 2 and 1000");
        }
        if (limit != null && (limit < 1 || limit > 500)) {
            faults.put("limit", "must be between 1 and 500");
        }
        if (!faults.isEmpty()) {
            throw ApiException.invalid(faults);
        }
        int least = min == null ? 3 : min;
        int most = limit == null ? 100 : limit;
        // one read transaction: the ranking, names and cases from one snapshot (MariaDB), on one connection
        return transactions.executeRead(status -> list(least, most));
    }

    private List<RepeatEmployer> list(int min, int limit) {
        List<RepeatEmployerQueries.Counted> counted = ranking.top(min, limit);
        if (counted.isEmpty()) {
            return List.of();
        }
        List<String> keys = counted.stream().map(RepeatEmployerQueries.Counted::employerKey).toList();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Map<String, Set<String>> townships = new LinkedHashMap<>();
        for (RepeatEmployerQueries.Named n : queries.names(keys)) {
            names.computeIfAbsent(n.employerKey(), k -> new LinkedHashSet<>()).add(n.employer());
        }
        for (RepeatEmployerQueries.Township t : queries.townships(keys)) {
            townships.computeIfAbsent(t.employerKey(), k -> new TreeSet<>()).add(t.township());
        }
        // one short read per employer (newest first, stopped after CASES_SHOWN), shown oldest first
        Map<String, List<RepeatEmployer.Case>> cases = new LinkedHashMap<>();
        for (String key : keys) {
            List<RepeatEmployer.Case> latest = new ArrayList<>();
            for (RepeatEmployerQueries.Latest c : queries.latest(key, CASES_SHOWN)) {
                latest.add(new RepeatEmployer.Case(TrackingCodes.format(c.trackingCode()), c.status(), c.createdAt()));
            }
            Collections.reverse(latest);
            cases.put(key, latest);
        }
        return counted.stream().map(c -> new RepeatEmployer(c.employerKey(),
                List.copyOf(names.getOrDefault(c.employerKey(), Set.of())), (int) c.complaints(), (int) c.openCases(),
                List.copyOf(townships.getOrDefault(c.employerKey(), Set.of())), c.lastFiledAt(),
                cases.getOrDefault(c.employerKey(), List.of()))).toList();
    }
}
