package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import org.xinsheng.intake.Complaint;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.staff.StaffAccount;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Turns a corrected complaint into a labelled example: the story with the complainant's name and every phone number
 * taken out, and the label as nlp-schema.md has it (a complaint not about wages names no employer, amount or
 * workers and is not absconded).
 */
public final class LabelledExamples {

    /** Eleven digits in a row (a mobile number), in any script, with optional spaces or dashes between groups. */
    private static final Pattern MOBILE = Pattern.compile("(?<!\\p{Nd})\\p{Nd}{3}[\\s-]?\\p{Nd}{4}[\\s-]?\\p{Nd}{4}(?!\\p{Nd})");
    /** A landline with its area code (0941-6622916). */
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\p{Nd})0\\p{Nd}{2,3}-\\p{Nd}{7,8}(?!\\p{Nd})");
    static final String NAME = "某某";
    static final String PHONE = "[电话]";

    private LabelledExamples() {
    }

    public static AnalysisCorrection of(Complaint complaint, Analysis label, StaffAccount by, String changed,
                                        Instant now) {
        boolean wage = !Boolean.FALSE.equals(label.wageArrears());
        return new AnalysisCorrection(null, complaint.id(), now, by.unit(), by.username(), changed,
                withoutContact(complaint.text(), complaint.complainantName()), complaint.language(), wage,
                label.sector() == null ? (wage ? "other" : "not_wage") : label.sector(),
                wage ? label.employer() : null, wage ? label.amountYuan() : null, wage ? label.workers() : null,
                label.township(), wage && Boolean.TRUE.equals(label.absconded()));
    }

    /** The text without the complainant's name (when it is at least two characters) and without phone numbers. */
    public static String withoutContact(String text, @Nullable String name) {
        String out = text;
        if (name != null && name.strip().length() >= 2) {
            out = out.replace(name.strip(), NAME);
        }
        out = MOBILE.matcher(out).replaceAll(PHONE);
        return LANDLINE.matcher(out).replaceAll(PHONE);
    }
}
