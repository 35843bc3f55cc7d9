package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import org.xinsheng.intake.PhoneNumbers;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.web.ApiException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One inbox request, checked: the page (limit, cursor, sort) and the filters. {@code q} is read as a tracking code,
 * else a mobile number, else part of an employer's name.
 */
public record InboxQuery(String sort, int limit, @Nullable InboxCursor cursor, @Nullable String status,
                         @Nullable String unit, @Nullable String risk, boolean overdue, @Nullable String flag,
                         @Nullable String sector, @Nullable String township, @Nullable LocalDate from,
                         @Nullable LocalDate to, @Nullable String trackingCode, @Nullable String phone,
                         @Nullable String employer) {

    public static final List<String> SORTS = List.of("risk", "deadline", "filed");
    public static final List<String> STATUSES = List.of("registered", "assigned", "verifying", "handling",
            "resolved", "closed", "redirected");
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** The request's parameters by name (absent ones null); a 400 naming every bad field. */
    public static InboxQuery parse(Map<String, String> p, Jurisdiction jurisdiction) {
        Map<String, String> faults = new LinkedHashMap<>();
        String sort = p.get("sort") == null ? "risk" : p.get("sort");
        if (!SORTS.contains(sort)) {
            faults.put("sort", "must be one of " + String.join(", ", SORTS));
        }
        int limit = DEFAULT_LIMIT;
        if (p.get("limit") != null) {
            limit = p.get("limit").matches("\\d{1,3}") ? Integer.parseInt(p.get("limit")) : -1;
            if (limit < 1 || limit > MAX_LIMIT) {
                faults.put("limit", "must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        InboxCursor cursor = null;
        if (p.get("cursor") != null) {
            cursor = InboxCursor.decode(p.get("cursor")).filter(c -> c.sort().equals(p.getOrDefault("sort", "risk")))
                    .orElse(null);
            if (cursor == null) {
                faults.put("cursor", "is not a cursor from the previous page of this sort");
            }
        }
        String status = p.get("status");
        if (status != null && !STATUSES.contains(status)) {
            faults.put("status", "must be one of " + String.join(", ", STATUSES));
        }
        String unit = p.get("unit");
        if (unit != null && jurisdiction.unit(unit).isEmpty()) {
            faults.put("unit", "is not a unit of " + jurisdiction.key());
        }
        String risk = p.get("risk");
        if (risk != null && !RiskLevels.ORDER.contains(risk)) {
            faults.put("risk", "must be one of " + String.join(", ", RiskLevels.ORDER));
        }
        String overdue = p.get("overdue");
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            faults.put("overdue", "must be true or false");
        }
        String flag = p.get("flag");
        if (flag != null && !flag.matches("[a-z_]{1,32}")) {
            faults.put("flag", "must be a flag such as needs_triage");
        }
        String sector = p.get("sector");
        if (sector != null && !jurisdiction.sectors().containsKey(sector) && !"not_wage".equals(sector)) {
            faults.put("sector", "must be one of " + String.join(", ", jurisdiction.sectors().keySet()));
        }
        String township = p.get("township");
        if (township != null && !jurisdiction.hasTownship(township)) {
            faults.put("township", "is not a township of " + jurisdiction.key());
        }
        LocalDate from = date(p.get("from"), "from", faults);
        LocalDate to = date(p.get("to"), "to", faults);
        if (from != null && to != null && to.isBefore(from)) {
            faults.put("to", "must not be before from");
        }
        String q = p.get("q") == null ? null : p.get("q").strip();
        if (q != null && (q.isEmpty() || q.length() > 100)) {
            faults.put("q", "must be 1 to 100 characters: a tracking code, a phone number or part of an employer");
        }
        if (!faults.isEmpty()) {
            throw ApiException.invalid(faults);
        }
        String code = q == null ? null : TrackingCodes.parse(q).orElse(null);
        String phone = q == null || code != null ? null : PhoneNumbers.normalizeMobile(q).orElse(null);
        String employer = q == null || code != null || phone != null ? null : q;
        return new InboxQuery(sort, limit, cursor, status, unit, risk, "true".equals(overdue), flag, sector, township,
                from, to, code, phone, employer);
    }

    private static LocalDate date(String text, String field, Map<String, String> faults) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            faults.put(field, "must be a date such as 2026-03-01");
            return null;
        }
    }
}
