package org.xinsheng.routing;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A county as data (resources/jurisdictions/*.json): its townships and bureaus with names in zh and bo, which bureau
 * supervises which sector, who leads, the thresholds, deadlines, risk rules and the advice for complaints that are
 * not about wages. Every text exists in each of {@code languages}. Nothing about a particular county lives in code.
 */
@Serdeable
public record Jurisdiction(
        String key,
        Map<String, String> name,
        String hotline,
        List<String> languages,
        List<Unit> townships,
        List<Unit> bureaus,
        Units units,
        TaskForce taskForce,
        Map<String, List<String>> sectors,
        Thresholds thresholds,
        Deadlines deadlines,
        Risk risk,
        Map<String, String> legalAidAdvice,
        List<Advice> advice,
        @Nullable String townshipGazetteer,
        @Nullable List<String> wageWords) {

    /** Words that speak of pay owed: a text with one is never redirected on the analyzer's word alone. */
    public List<String> wageWords() {
        return wageWords == null ? List.of() : wageWords;
    }

    @Creator
    public Jurisdiction {
    }

    /** Without a township gazetteer file: the townships' names and aliases are all the analyzer knows. */
    public Jurisdiction(String key, Map<String, String> name, String hotline, List<String> languages,
                        List<Unit> townships, List<Unit> bureaus, Units units, TaskForce taskForce,
                        Map<String, List<String>> sectors, Thresholds thresholds, Deadlines deadlines, Risk risk,
                        Map<String, String> legalAidAdvice, List<Advice> advice) {
        this(key, name, hotline, languages, townships, bureaus, units, taskForce, sectors, thresholds, deadlines, risk,
                legalAidAdvice, advice, null, null);
    }

    /**
     * A township or bureau: a key (what the API carries) and names per language. A township may list the other
     * ways people write it ({@code aliases}); {@code matchName: false} when its bare name is also an everyday word
     * (城区, 矿区) and only the aliases should be read as the township.
     */
    @Serdeable
    public record Unit(String key, Map<String, String> name, @Nullable List<String> aliases,
                       @Nullable Boolean matchName) {

        @Creator
        public Unit {
        }

        public Unit(String key, Map<String, String> name) {
            this(key, name, null, null);
        }

        public String name(String language) {
            return name.getOrDefault(language, name.get("zh"));
        }
    }

    /** The units with a fixed part in every case: the lead (牵头), police referrals, legal aid. */
    @Serdeable
    public record Units(String lead, String police, String legalAid) {
    }

    /** The task force (工作专班) for big cases, and the office of the leader who owns them (领导包案). */
    @Serdeable
    public record TaskForce(String unit, Map<String, String> name, Map<String, String> leader) {
    }

    /**
     * Task force at or above either figure; fast track below the amount (and not a task-force case). The analyzer's
     * word that a complaint is not about wages is taken (redirected) only when its wage confidence is below
     * {@code redirectBelowWageConfidence}; a sector below {@code confirmSectorBelow} is confirmed by the lead first.
     */
    @Serdeable
    public record Thresholds(long taskForceAmountYuan, int taskForceWorkers, long fastTrackBelowYuan,
                             double redirectBelowWageConfidence, double confirmSectorBelow) {
    }

    /**
     * Deadlines in whole days after the day of filing, in the county's time zone: 0 means by the end of that day.
     * Cases passed down from above (imports) report progress by the end of day {@code progressDays}.
     */
    @Serdeable
    public record Deadlines(String timeZone, int verifyDays, int progressDays, int resolveDays,
                            int fastTrackResolveDays, int followUpDays) {
    }

    /** Overdue hours at which a case rises to each level, and the level some flags start at. */
    @Serdeable
    public record Risk(List<Step> overdue, Map<String, String> byFlag) {

        @Serdeable
        public record Step(String level, int afterHours) {
        }
    }

    /** Where a complaint that is not about wages belongs: matched by keywords, told in the complainant's language. */
    @Serdeable
    public record Advice(String key, List<String> keywords, Map<String, String> text) {

        public String text(String language) {
            return text.getOrDefault(language, text.get("zh"));
        }
    }

    public boolean hasTownship(@Nullable String key) {
        return key != null && townships.stream().anyMatch(t -> t.key().equals(key));
    }

    public Optional<Unit> unit(String key) {
        if (taskForce.unit().equals(key)) {
            return Optional.of(new Unit(key, taskForce.name()));
        }
        return Stream.concat(townships.stream(), bureaus.stream()).filter(u -> u.key().equals(key)).findFirst();
    }

    public String unitName(String key, String language) {
        return unit(key).map(u -> u.name(language)).orElse(key);
    }

    public List<String> unitKeys() {
        List<String> keys = new ArrayList<>();
        townships.forEach(t -> keys.add(t.key()));
        bureaus.forEach(b -> keys.add(b.key()));
        keys.add(taskForce.unit());
        return keys;
    }

    public Optional<Advice> advice(String key) {
        return advice.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /** Every key the data refers to exists, every sector is mapped, every text has zh and bo; else a list of faults. */
    public List<String> faults() {
        List<String> faults = new ArrayList<>();
        List<String> keys = unitKeys();
        for (String unit : List.of(units.lead(), units.police(), units.legalAid())) {
            if (!keys.contains(unit)) {
                faults.add("unknown unit " + unit);
            }
        }
        for (String sector : org.xinsheng.nlp.Analysis.SECTORS) {
            if (!"not_wage".equals(sector) && (sectors.get(sector) == null || sectors.get(sector).isEmpty())) {
                faults.add("sector " + sector + " has no bureau");
            }
        }
        sectors.values().stream().flatMap(List::stream).filter(b -> !keys.contains(b))
                .forEach(b -> faults.add("sector bureau " + b + " is not a unit"));
        if (!(thresholds.redirectBelowWageConfidence() >= 0 && thresholds.redirectBelowWageConfidence() <= 1
                && thresholds.confirmSectorBelow() >= 0 && thresholds.confirmSectorBelow() <= 1)) {
            faults.add("thresholds redirectBelowWageConfidence and confirmSectorBelow must be between 0 and 1");
        }
        if (advice.stream().noneMatch(a -> a.keywords().isEmpty())) {
            faults.add("no catch-all advice (one without keywords)");
        }
        List<Map<String, String>> texts = new ArrayList<>();
        texts.add(name);
        texts.add(legalAidAdvice);
        texts.add(taskForce.name());
        texts.add(taskForce.leader());
        advice.forEach(a -> texts.add(a.text()));
        townships.forEach(t -> texts.add(t.name()));
        bureaus.forEach(b -> texts.add(b.name()));
        for (Map<String, String> text : texts) {
            for (String language : languages) {
                if (text.get(language) == null || text.get(language).isBlank()) {
                    faults.add("text without " + language + ": " + text);
                }
            }
        }
        return faults;
    }
}
