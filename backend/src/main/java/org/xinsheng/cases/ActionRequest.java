package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.web.JsonBody;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of POST /api/v1/cases/{code}/actions, checked field by field for the action it names; every fault is
 * reported at once. {"action": assign|redirect|accept|verified|progress|resolve|follow_up|close|note, "note", ...}
 */
public record ActionRequest(Workflow action, @Nullable String note, List<String> units, @Nullable String advice,
                            @Nullable String route, @Nullable String fund, @Nullable Long amountRecoveredYuan,
                            @Nullable Integer workersPaid, @Nullable Boolean confirmed) {

    static final Set<String> FIELDS = Set.of("action", "note", "units", "advice", "route", "fund",
            "earlierFundsExhausted", "amountRecoveredYuan", "workersPaid", "confirmed");

    public static ActionRequest parse(JsonMapper json, byte[] body, Jurisdiction jurisdiction) {
        JsonBody in = JsonBody.parse(json, body);
        in.onlyFields(FIELDS);
        Workflow action = in.oneOf("action", new HashSet<>(Workflow.keys())).flatMap(Workflow::of).orElse(null);
        if (action == null && !in.hasError("action")) {
            in.reject("action", "is required");
        }
        String note = in.string("note", 1000).orElse(null);
        List<String> units = in.strings("units", 20, 32);
        String advice = in.oneOf("advice", new HashSet<>(jurisdiction.advice().stream()
                .map(Jurisdiction.Advice::key).toList())).orElse(null);
        String route = in.oneOf("route", Set.copyOf(Resolution.ROUTES)).orElse(null);
        String fund = in.oneOf("fund", Set.copyOf(Resolution.FUNDS)).orElse(null);
        Boolean exhausted = in.bool("earlierFundsExhausted").orElse(null);
        Long amount = in.wholeNumber("amountRecoveredYuan", 0, 10_000_000_000L).orElse(null);
        Integer workers = in.wholeNumber("workersPaid", 0, 100_000).map(Long::intValue).orElse(null);
        Boolean confirmed = in.bool("confirmed").orElse(null);
        if (action == Workflow.ASSIGN) {
            if (units.isEmpty() && !in.hasError("units")) {
                in.reject("units", "is required: the keys of the units to add");
            }
            units.stream().filter(u -> jurisdiction.unit(u).isEmpty()).findFirst()
                    .ifPresent(u -> in.reject("units", u + " is not a unit of " + jurisdiction.key()));
        }
        if (action == Workflow.REDIRECT && advice == null) {
            require(in, "advice");
        }
        if (action == Workflow.VERIFIED || action == Workflow.PROGRESS || action == Workflow.NOTE
                || action == Workflow.FOLLOW_UP) {
            if (note == null) {
                require(in, "note");
            }
        }
        if (action == Workflow.RESOLVE) {
            if (route == null) {
                require(in, "route");
            }
            if (amount == null) {
                require(in, "amountRecoveredYuan");
            }
            if (workers == null) {
                require(in, "workersPaid");
            }
            if ("guarantee_fund".equals(route) && fund == null) {
                require(in, "fund");
            }
            if (fund != null && !"guarantee_fund".equals(route)) {
                in.reject("fund", "only for the route guarantee_fund");
            }
            if (fund != null && !Resolution.before(fund).isEmpty() && !Boolean.TRUE.equals(exhausted)) {
                in.reject("earlierFundsExhausted", "must be true: " + fund + " pays only after "
                        + String.join(" and ", Resolution.before(fund)) + " could not");
            }
        }
        if (action == Workflow.FOLLOW_UP && confirmed == null) {
            require(in, "confirmed");
        }
        in.throwIfInvalid();
        return new ActionRequest(action, note, units, advice, route, fund, amount, workers, confirmed);
    }

    private static void require(JsonBody in, String field) {
        if (!in.hasError(field)) {
            in.reject(field, "is required for this action");
        }
    }
}
