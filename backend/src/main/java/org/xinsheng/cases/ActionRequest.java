package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.web.JsonBody;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of POST /api/v1/cases/{code}/actions, checked field by field for the action it names; every fault is
 * reported at once. {"action": assign|redirect|accept|verified|progress|resolve|follow_up|close|note, "note", ...}
 */
public record ActionRequest(Workflow action, @Nullable String note, List<String> units, @Nullable String advice,
                            @Nullable String route, @Nullable String fund, @Nullable Long amountRecoveredYuan,
                            @Nullable Integer workersPaid, @Nullable Boolean confirmed) {

    /**
     * The 400 answer's field messages are in Chinese: the township and county staff who send this body read them
     * next to the field on the case page.
     */
    private static final Map<String, String> REQUIRED = Map.of(
            "route", "请选择解决方式。",
            "amountRecoveredYuan", "请填写追回金额（元），未追回填 0。",
            "workersPaid", "请填写已发放工资的人数，没有填 0。",
            "fund", "请选择动用的资金。",
            "advice", "请选择告知的渠道。",
            "note", "请填写说明。",
            "confirmed", "请说明回访是否确认工资已发到工人手中。");
    private static final Map<String, String> FUND_NAMES = Map.of(
            "wage_deposit", "工资保证金", "presale_escrow", "预售监管资金", "emergency_fund", "应急周转金");

    static final Set<String> FIELDS = Set.of("action", "note", "units", "advice", "route", "fund",
            "earlierFundsExhausted", "amountRecoveredYuan", "workersPaid", "confirmed");

    public static ActionRequest parse(JsonMapper json, byte[] body, Jurisdiction jurisdiction) {
        JsonBody in = JsonBody.parse(json, body);
        in.onlyFields(FIELDS);
        Workflow action = in.oneOf("action", new HashSet<>(Workflow.keys())).flatMap(Workflow::of).orElse(null);
        if (action == null && !in.hasError("action")) {
            in.reject("action", "请选择操作。");
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
                in.reject("units", "请选择要增加的单位。");
            }
            units.stream().filter(u -> jurisdiction.unit(u).isEmpty()).findFirst()
                    .ifPresent(u -> in.reject("units", "“" + u + "”不是本辖区（" + jurisdiction.key() + "）的单位。"));
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
                in.reject("fund", "只有“应急保障资金兜底”才选择资金。");
            }
            if (fund != null && !Resolution.before(fund).isEmpty() && !Boolean.TRUE.equals(exhausted)) {
                in.reject("earlierFundsExhausted", "请确认前序资金（" + String.join("、", Resolution.before(fund).stream()
                        .map(f -> FUND_NAMES.getOrDefault(f, f)).toList()) + "）已不足以支付：资金须按顺序动用。");
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
            in.reject(field, REQUIRED.getOrDefault(field, "此操作必须填写。"));
        }
    }
}
