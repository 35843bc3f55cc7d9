package org.xinsheng.employers;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One key per employer however the name was typed: full-width folded to half-width, case and spaces and punctuation
 * dropped, 某/X/×/* (a name left out) written as one 某, and the company form (有限责任公司, 股份有限公司, 有限公司,
 * 公司) taken off the end, and a leading place (甘肃省, 碌曲县, 尕海镇: what the analyzer often reads in front of the
 * name) taken off the front while a name is left. A name with nothing left to tell employers apart ("某公司", "老板")
 * has no key.
 */
public final class EmployerNames {

    private static final List<String> SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司", "公司");
    private static final List<String> NOBODY = List.of("某", "老板", "包工头", "工头", "老板某", "某老板");
    // compiled once: every filing with an employer is keyed
    private static final Pattern LEFT_OUT = Pattern.compile("[x×*]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\p{Punct}·・，、。（）【】“”‘’《》]");
    private static final Pattern SOMEONE_RUNS = Pattern.compile("某+");
    // a province, prefecture, county, town or township of two to six characters; 乡村 is a word, not a township
    private static final Pattern PLACE = Pattern.compile("\\p{IsHan}{2,6}?(?:省|自治区|自治州|县|镇|乡(?!村))");

    private EmployerNames() {
    }

    public static Optional<String> key(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase();
        s = LEFT_OUT.matcher(s).replaceAll("某");
        s = SOMEONE_RUNS.matcher(PUNCTUATION.matcher(s).replaceAll("")).replaceAll("某");
        if (SUFFIXES.contains(s)) {
            return Optional.empty();
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                if (s.endsWith(suffix) && s.length() > suffix.length()) {
                    s = s.substring(0, s.length() - suffix.length());
                    stripped = true;
                }
            }
        }
        for (Matcher m = PLACE.matcher(s); m.lookingAt() && s.length() - m.end() >= 2; m = PLACE.matcher(s)) {
            s = s.substring(m.end());
        }
        if (s.length() < 2 || NOBODY.contains(s) || SUFFIXES.contains(s) || s.length() > 200) {
            return Optional.empty();
        }
        return Optional.of(s);
    }
}
