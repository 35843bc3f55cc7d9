package org.xinsheng.routing;

import org.xinsheng.nlp.Analysis;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Everything wrong with a jurisdiction file, all at once, each problem named by where it is in the file: the
 * {@code jurisdiction check} command prints these and the server refuses to start with the same list.
 */
public final class JurisdictionCheck {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{2,19}");
    private static final Set<String> RISK_LEVELS = Set.of("blue", "yellow", "red");
    private static final Set<String> FLAGS = Set.of(Router.FLAG_TASK_FORCE, Router.FLAG_POLICE, Router.FLAG_LEGAL_AID,
            Router.FLAG_FAST_TRACK);
    /** Jurisdiction.faults() reports these too, less precisely; the ones here are kept instead. */
    private static final List<String> COVERED = List.of("text without ", "unknown unit ", "sector ", "no catch-all");

    private final Jurisdiction j;
    private final Predicate<String> gazetteerExists;
    private final Set<String> problems = new LinkedHashSet<>();
    private final List<String> languages = new ArrayList<>();

    private JurisdictionCheck(Jurisdiction jurisdiction, Predicate<String> gazetteerExists) {
        this.j = jurisdiction;
        this.gazetteerExists = gazetteerExists;
    }

    /** The problems of a parsed file; empty if it is usable. {@code gazetteerExists} says whether a named file exists. */
    public static List<String> problems(Jurisdiction jurisdiction, Predicate<String> gazetteerExists) {
        JurisdictionCheck check = new JurisdictionCheck(jurisdiction, gazetteerExists);
        check.run();
        return List.copyOf(check.problems);
    }

    private void run() {
        if (j.key() == null || !KEY.matcher(j.key()).matches()) {
            problem("key: missing or not lower-case letters, digits and _ (got " + j.key() + ")");
        }
        checkLanguages();
        texts("name", j.name());
        if (j.hotline() == null || !PHONE.matcher(j.hotline()).matches()) {
            problem("hotline: missing or not a phone number of digits and dashes (got " + j.hotline() + ")");
        }
        Map<String, String> owners = new HashMap<>();
        units("townships", j.townships(), owners);
        units("bureaus", j.bureaus(), owners);
        checkTaskForce(owners);
        checkAliases();
        checkUnitRoles(owners);
        checkSectors(owners);
        checkThresholds();
        checkDeadlines();
        checkRisk();
        texts("legalAidAdvice", j.legalAidAdvice());
        checkAdvice();
        checkGazetteer();
        if (problems.isEmpty()) {
            alsoTheRecordsOwnFaults();
        }
    }

    private void checkLanguages() {
        if (j.languages() == null || j.languages().isEmpty()) {
            problem("languages: missing; list the languages the county offers, zh first");
            languages.add("zh");
            return;
        }
        for (String language : j.languages()) {
            if (!Analysis.LANGUAGES.contains(language)) {
                problem("languages: " + language + " is not one XinSheng speaks (" + String.join(", ",
                        Analysis.LANGUAGES.stream().sorted().toList()) + ")");
            } else {
                languages.add(language);
            }
        }
        if (!j.languages().contains("zh")) {
            problem("languages: zh is missing; every county works in Chinese");
        }
    }

    private void texts(String where, Map<String, String> text) {
        if (text == null) {
            problem(where + ": missing");
            return;
        }
        for (String language : languages) {
            String value = text.get(language);
            if (value == null || value.isBlank()) {
                problem(where + ": no " + language + " text, though " + language + " is a declared language");
            }
        }
        for (String language : text.keySet()) {
            if (!languages.contains(language) && Analysis.LANGUAGES.contains(language)) {
                problem(where + ": has " + language + " text, but " + language + " is not in languages");
            }
        }
    }

    private void units(String list, List<Jurisdiction.Unit> units, Map<String, String> owners) {
        if (units == null || units.isEmpty()) {
            problem(list + ": missing or empty");
            return;
        }
        for (int i = 0; i < units.size(); i++) {
            Jurisdiction.Unit unit = units.get(i);
            String where = list + "[" + i + "]" + (unit.key() == null ? "" : " (" + unit.key() + ")");
            if (unit.key() == null || !KEY.matcher(unit.key()).matches()) {
                problem(where + ".key: missing or not lower-case letters, digits and _");
            } else if (owners.putIfAbsent(unit.key(), where) != null) {
                problem(where + ".key: " + unit.key() + " is used twice (also " + owners.get(unit.key()) + ")");
            }
            texts(where + ".name", unit.name());
            if ("bureaus".equals(list) && (unit.aliases() != null || unit.matchName() != null)) {
                problem(where + ": aliases and matchName are for townships only");
            }
            if (Boolean.FALSE.equals(unit.matchName()) && (unit.aliases() == null || unit.aliases().isEmpty())) {
                problem(where + ": matchName is false but there are no aliases, so the township could never be read");
            }
        }
    }

    private void checkTaskForce(Map<String, String> owners) {
        Jurisdiction.TaskForce taskForce = j.taskForce();
        if (taskForce == null) {
            problem("taskForce: missing");
            return;
        }
        if (taskForce.unit() == null || !KEY.matcher(taskForce.unit()).matches()) {
            problem("taskForce.unit: missing or not lower-case letters, digits and _");
        } else if (owners.putIfAbsent(taskForce.unit(), "taskForce") != null) {
            problem("taskForce.unit: " + taskForce.unit() + " is used twice (also " + owners.get(taskForce.unit()) + ")");
        }
        texts("taskForce.name", taskForce.name());
        texts("taskForce.leader", taskForce.leader());
    }

    /** One written form must mean one township, or the analyzer would pick between them by accident. */
    private void checkAliases() {
        if (j.townships() == null) {
            return;
        }
        Map<String, String> meaning = new HashMap<>();
        for (Jurisdiction.Unit township : j.townships()) {
            List<String> written = new ArrayList<>();
            if (township.aliases() != null) {
                written.addAll(township.aliases());
            }
            if (!Boolean.FALSE.equals(township.matchName()) && township.name() != null) {
                written.addAll(township.name().values());
            }
            for (String form : written) {
                if (form == null || form.isBlank()) {
                    problem("townships (" + township.key() + ").aliases: a blank alias");
                    continue;
                }
                String other = meaning.putIfAbsent(form.strip(), township.key());
                if (other != null && !other.equals(township.key())) {
                    problem("townships (" + township.key() + ").aliases: " + form + " is also written for " + other);
                }
            }
        }
    }

    private void checkUnitRoles(Map<String, String> owners) {
        Jurisdiction.Units units = j.units();
        if (units == null) {
            problem("units: missing (lead, police, legalAid)");
            return;
        }
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        roles.put("lead", units.lead());
        roles.put("police", units.police());
        roles.put("legalAid", units.legalAid());
        roles.forEach((role, key) -> {
            if (key == null) {
                problem("units." + role + ": missing");
            } else if (!owners.containsKey(key)) {
                problem("units." + role + ": unknown unit " + key + " (not a township, bureau or the task force)");
            }
        });
    }

    private void checkSectors(Map<String, String> owners) {
        if (j.sectors() == null) {
            problem("sectors: missing");
            return;
        }
        for (String sector : Analysis.SECTORS.stream().sorted().toList()) {
            List<String> bureaus = j.sectors().get(sector);
            if (!"not_wage".equals(sector) && (bureaus == null || bureaus.isEmpty())) {
                problem("sectors." + sector + ": sector " + sector + " has no bureau");
            }
        }
        j.sectors().forEach((sector, bureaus) -> {
            if (!Analysis.SECTORS.contains(sector) || "not_wage".equals(sector)) {
                problem("sectors." + sector + ": not a sector the analyzer knows");
            }
            if (bureaus != null) {
                bureaus.stream().filter(b -> !owners.containsKey(b))
                        .forEach(b -> problem("sectors." + sector + ": unknown unit " + b));
            }
        });
    }

    private void checkThresholds() {
        Jurisdiction.Thresholds t = j.thresholds();
        if (t == null) {
            problem("thresholds: missing");
            return;
        }
        if (t.taskForceAmountYuan() <= 0) {
            problem("thresholds.taskForceAmountYuan: must be above 0 (got " + t.taskForceAmountYuan() + ")");
        }
        if (t.taskForceWorkers() < 2) {
            problem("thresholds.taskForceWorkers: must be at least 2 (got " + t.taskForceWorkers() + ")");
        }
        if (t.fastTrackBelowYuan() < 0 || t.fastTrackBelowYuan() > t.taskForceAmountYuan()) {
            problem("thresholds.fastTrackBelowYuan: must be between 0 and taskForceAmountYuan (got "
                    + t.fastTrackBelowYuan() + ")");
        }
    }

    private void checkDeadlines() {
        Jurisdiction.Deadlines d = j.deadlines();
        if (d == null) {
            problem("deadlines: missing");
            return;
        }
        try {
            ZoneId.of(d.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            problem("deadlines.timeZone: not a time zone (got " + d.timeZone() + ")");
        }
        Map<String, Integer> days = Map.of("verifyDays", d.verifyDays(), "progressDays", d.progressDays(),
                "resolveDays", d.resolveDays(), "fastTrackResolveDays", d.fastTrackResolveDays(),
                "followUpDays", d.followUpDays());
        days.entrySet().stream().sorted(Map.Entry.comparingByKey()).filter(e -> e.getValue() < 0 || e.getValue() > 365)
                .forEach(e -> problem("deadlines." + e.getKey() + ": must be between 0 and 365 (got " + e.getValue() + ")"));
        if (d.fastTrackResolveDays() > d.resolveDays()) {
            problem("deadlines.fastTrackResolveDays: longer than resolveDays");
        }
    }

    private void checkRisk() {
        Jurisdiction.Risk risk = j.risk();
        if (risk == null || risk.overdue() == null || risk.overdue().isEmpty()) {
            problem("risk.overdue: missing");
            return;
        }
        int previous = -1;
        for (int i = 0; i < risk.overdue().size(); i++) {
            Jurisdiction.Risk.Step step = risk.overdue().get(i);
            if (!RISK_LEVELS.contains(step.level())) {
                problem("risk.overdue[" + i + "].level: " + step.level() + " is not blue, yellow or red");
            }
            if (step.afterHours() < 0 || step.afterHours() < previous) {
                problem("risk.overdue[" + i + "].afterHours: must be 0 or more and not below the step before");
            }
            previous = step.afterHours();
        }
        if (risk.byFlag() != null) {
            risk.byFlag().forEach((flag, level) -> {
                if (!FLAGS.contains(flag)) {
                    problem("risk.byFlag." + flag + ": not a flag the router sets");
                }
                if (!RISK_LEVELS.contains(level)) {
                    problem("risk.byFlag." + flag + ": " + level + " is not blue, yellow or red");
                }
            });
        }
    }

    private void checkAdvice() {
        if (j.advice() == null || j.advice().isEmpty()) {
            problem("advice: missing");
            return;
        }
        for (int i = 0; i < j.advice().size(); i++) {
            Jurisdiction.Advice advice = j.advice().get(i);
            texts("advice[" + i + "] (" + advice.key() + ").text", advice.text());
            if (advice.keywords() == null) {
                problem("advice[" + i + "] (" + advice.key() + ").keywords: missing (an empty list for the catch-all)");
            }
        }
        if (j.advice().stream().noneMatch(a -> a.keywords() != null && a.keywords().isEmpty())) {
            problem("advice: no catch-all advice (one without keywords)");
        }
    }

    private void checkGazetteer() {
        if (j.townshipGazetteer() != null && !gazetteerExists.test(j.townshipGazetteer())) {
            problem("townshipGazetteer: no gazetteer file " + j.townshipGazetteer());
        }
    }

    /** Checks added to {@link Jurisdiction#faults()} later (and not repeated above) still count. */
    private void alsoTheRecordsOwnFaults() {
        List<String> faults;
        try {
            faults = j.faults();
        } catch (RuntimeException e) {
            problem("the file is incomplete: " + e);
            return;
        }
        faults.stream().filter(f -> COVERED.stream().noneMatch(f::startsWith)).forEach(this::problem);
    }

    private void problem(String text) {
        problems.add(text);
    }
}
