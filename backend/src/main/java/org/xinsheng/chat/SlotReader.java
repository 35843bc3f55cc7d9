package org.xinsheng.chat;

import jakarta.inject.Singleton;
import org.xinsheng.intake.PhoneNumbers;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.nlp.LanguageDetector;
import org.xinsheng.routing.Jurisdiction;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a reply to one slot question. Bare digits (ASCII, full-width or Tibetan), yes/no-like words and button values
 * are handled here; number words (三万五, ཁྲི་གསུམ) and place names go to the analyzer, primed with a short sentence
 * in the reply's language so that a bare "两万多" reads as an amount owed.
 */
@Singleton
public class SlotReader {

    static final long MAX_AMOUNT = 10_000_000_000L;
    static final int MAX_WORKERS = 100_000;
    static final int MAX_EMPLOYER = 200;
    static final int MAX_NAME = 64;
    private static final Pattern TRIM = Pattern.compile("^[\\p{P}\\p{Z}\\s\\u0F0B-\\u0F14]+|[\\p{P}\\p{Z}\\s\\u0F0B-\\u0F14]+$");

    /** Where one clause of a message ends: Chinese, Latin and Tibetan punctuation, spaces. */
    private static final Pattern CLAUSE = Pattern.compile("[，,。.；;！!？?、：:\\s\u0F0D\u0F0E\u0F14]+");

    private final TextAnalyzer analyzer;
    private final Vocabulary words;
    private final Jurisdiction jurisdiction;

    public SlotReader(TextAnalyzer analyzer, Vocabulary words, Jurisdiction jurisdiction) {
        this.analyzer = analyzer;
        this.words = words;
        this.jurisdiction = jurisdiction;
    }

    /** "I don't know", "skip" and their buttons. */
    boolean dontKnow(String normalized) {
        return normalized.equals("#unknown") || normalized.equals("#skip")
                || words.is("skip", normalized) || words.mentions("unknown", normalized);
    }

    Answer read(Step slot, String text) {
        String normalized = Vocabulary.normalize(text);
        if (slot != Step.PHONE && dontKnow(normalized)) {
            return whatIsKnown(slot, text, normalized);
        }
        return value(slot, text, normalized);
    }

    /**
     * "公司名字不知道，老板姓马，叫马老板": the parts that do not say "I don't know" are read as the answer; when
     * they give none, the slot is left empty.
     */
    private Answer whatIsKnown(Step slot, String text, String normalized) {
        if (normalized.startsWith("#")) {
            return Answer.unknown();
        }
        StringBuilder known = new StringBuilder();
        for (String part : CLAUSE.split(text)) {
            if (!words.mentions("unknown", Vocabulary.normalize(part)) && !words.is("skip", Vocabulary.normalize(part))) {
                known.append(known.isEmpty() ? "" : "，").append(part);
            }
        }
        String rest = known.toString();
        if (Dialogue.meaningful(Vocabulary.normalize(rest)) < 2 && bareNumber(Vocabulary.normalize(rest)) == null) {
            return Answer.unknown();
        }
        if (slot == Step.EMPLOYER && analyzer.analyze(rest).employer() == null) {
            return Answer.unknown(); // "不知道，反正是个老板" names no one
        }
        Answer answer = value(slot, rest, Vocabulary.normalize(rest));
        return answer.kind() == Answer.Kind.VALUE ? answer : Answer.unknown();
    }

    private Answer value(Step slot, String text, String normalized) {
        return switch (slot) {
            case EMPLOYER -> employer(text, normalized);
            case AMOUNT -> amount(text, normalized);
            case WORKERS -> workers(text, normalized);
            case TOWNSHIP -> township(text, normalized);
            case PHONE -> phone(text, normalized);
            case NAME -> name(text, normalized);
            default -> throw new IllegalArgumentException(slot.key());
        };
    }

    private Answer employer(String text, String normalized) {
        if (!hasLetters(normalized)) {
            return Answer.invalid("reason.employer");
        }
        String value = analyzer.analyze(text).employer();
        if (value == null) {
            value = trimPunctuation(text);
        }
        if (value.codePointCount(0, value.length()) > MAX_EMPLOYER) {
            return Answer.invalid("reason.too_long");
        }
        return Answer.of(value);
    }

    private Answer amount(String text, String normalized) {
        Long value = bareNumber(words.without("unit_money", normalized));
        if (value == null) {
            value = primed("primer.amount", text).amountYuan();
        }
        if (value == null) {
            return Answer.invalid("reason.amount");
        }
        if (value < 1 || value > MAX_AMOUNT) {
            return Answer.invalid("reason.amount_range");
        }
        return Answer.of(value);
    }

    private Answer workers(String text, String normalized) {
        if (words.is("only_me", normalized)) {
            return Answer.of(1);
        }
        Long value = bareNumber(words.without("unit_people", normalized));
        if (value == null) {
            Integer read = primed("primer.workers", text).workers();
            value = read == null ? null : read.longValue();
        }
        if (value == null) {
            return Answer.invalid("reason.workers");
        }
        if (value < 1 || value > MAX_WORKERS) {
            return Answer.invalid("reason.workers_range");
        }
        return Answer.of(value.intValue());
    }

    /** The county's name without its suffix (county_suffix), denied: "not in Luqu". */
    private boolean outsideTheCounty(String normalized) {
        for (String name : jurisdiction.name().values()) {
            String stem = words.without("county_suffix", Vocabulary.normalize(name));
            for (String denial : words.raw("outside_named_county").split(",")) {
                if (!stem.isEmpty() && normalized.contains(Vocabulary.normalize(denial.replace("{0}", stem)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Answer township(String text, String normalized) {
        if (words.mentions("outside_county", normalized) || outsideTheCounty(normalized)) {
            return Answer.unknown();
        }
        Set<String> found = new LinkedHashSet<>();
        for (Jurisdiction.Unit t : jurisdiction.townships()) {
            if (normalized.equals(t.key()) || normalized.equals("#township:" + t.key())) {
                return Answer.of(t.key());
            }
            for (String name : t.name().values()) {
                String n = Vocabulary.normalize(name);
                String stem = words.without("township_suffix", n);
                if (normalized.contains(n) || (stem.length() >= 2 && normalized.contains(stem))) {
                    found.add(t.key());
                }
            }
        }
        if (found.size() == 1) {
            return Answer.of(found.iterator().next());
        }
        String read = analyzer.analyze(text).township();
        if (read != null && jurisdiction.hasTownship(read)) {
            return Answer.of(read);
        }
        return Answer.invalid("reason.township");
    }

    private Answer phone(String text, String normalized) {
        String digits = digits(text).replaceAll("[^0-9+]", "");
        if (digits.replace("+", "").isEmpty()) {
            return Answer.invalid(dontKnow(normalized) ? "reason.phone_required" : "reason.phone_digits");
        }
        var mobile = PhoneNumbers.normalizeMobile(digits);
        if (mobile.isPresent()) {
            return Answer.of(mobile.get());
        }
        String bare = digits.replaceFirst("^(\\+86|0086)", "");
        if (bare.startsWith("0")) {
            return Answer.invalid("reason.phone_landline");
        }
        if (bare.length() != 11) {
            return Answer.invalid("reason.phone_length", String.valueOf(bare.length()));
        }
        return Answer.invalid("reason.phone_invalid");
    }

    private Answer name(String text, String normalized) {
        String value = trimPunctuation(text);
        for (String prefix : words.list("name_prefix")) {
            if (normalized.startsWith(prefix) && normalized.length() > prefix.length()) {
                value = trimPunctuation(stripLeading(value, prefix));
                break;
            }
        }
        if (!hasLetters(Vocabulary.normalize(value))) {
            return Answer.invalid("reason.name");
        }
        if (value.codePointCount(0, value.length()) > MAX_NAME) {
            return Answer.invalid("reason.too_long");
        }
        return Answer.of(value);
    }

    /** The text with a normalised prefix removed, counting only the characters normalisation keeps. */
    private static String stripLeading(String text, String normalizedPrefix) {
        int matched = 0;
        int i = 0;
        while (i < text.length() && matched < normalizedPrefix.length()) {
            int cp = text.codePointAt(i);
            matched += Vocabulary.normalize(new String(Character.toChars(cp))).length();
            i += Character.charCount(cp);
        }
        return text.substring(i);
    }

    /** The analyzer's reading of the answer set inside a sentence about unpaid wages (chat/vocabulary.properties). */
    private Analysis primed(String primerKey, String text) {
        String answer = trimPunctuation(text);
        String template = words.raw(primerKey + "." + LanguageDetector.detect(answer));
        return analyzer.analyze(template.isEmpty() ? answer : template.replace("{0}", answer));
    }

    /** A whole number when the text is nothing but digits; null otherwise (number words are the analyzer's job). */
    static Long bareNumber(String normalized) {
        String d = digits(normalized);
        if (d.isEmpty() || d.length() > 12 || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(d);
    }

    /** Tibetan and full-width digits as ASCII digits. */
    static String digits(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '\u0F20' && c <= '\u0F29' ? (char) ('0' + (c - '\u0F20')) : c);
        }
        return out.toString();
    }

    static boolean hasLetters(String normalized) {
        return normalized.codePoints().anyMatch(Character::isLetter);
    }

    static String trimPunctuation(String text) {
        return TRIM.matcher(text.strip()).replaceAll("");
    }
}
