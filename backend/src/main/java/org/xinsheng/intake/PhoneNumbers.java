package org.xinsheng.intake;

import org.xinsheng.web.JsonBody;

import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland China mobile numbers: 11 digits starting 13–19, with or without +86, spaces, dashes or full-width digits. */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private PhoneNumbers() {
    }

    public static Optional<String> normalizeMobile(String input) {
        if (input == null || input.length() > 24) {
            return Optional.empty();
        }
        String digits = halfWidth(input).replaceAll("[\\s\\-()]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** Chinese input methods often type full-width digits, plus and dash. */
    private static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }

    /** For logs: 138****5678. */
    public static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return "***";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** The required mainland mobile {@code field} of a request body, normalised; a fault on the field otherwise. */
    public static Optional<String> requiredMobile(JsonBody in, String field) {
        return in.requiredString(field, 24).flatMap(p -> {
            var mobile = normalizeMobile(p);
            if (mobile.isEmpty()) {
                in.reject(field, "must be a mainland China mobile number: 11 digits starting with 1");
            }
            return mobile;
        });
    }
}
