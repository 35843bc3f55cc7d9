package org.xinsheng.nlp;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.xinsheng.nlp.classify.SectorFeatures;
import org.xinsheng.nlp.classify.SectorModel;
import org.xinsheng.nlp.extract.AbscondingDetector;
import org.xinsheng.nlp.extract.ChineseEmployerFinder;
import org.xinsheng.nlp.extract.TibetanEmployerFinder;
import org.xinsheng.nlp.extract.TownshipFinder;
import org.xinsheng.nlp.extract.WorkerCounter;
import org.xinsheng.nlp.names.EmployerNameFinder;
import org.xinsheng.nlp.numbers.ChineseMoneyReader;
import org.xinsheng.nlp.numbers.MoneyFacts;
import org.xinsheng.nlp.numbers.TibetanMoneyReader;
import org.xinsheng.nlp.text.TextNormalizer;
import org.xinsheng.nlp.text.TibetanSyllables;

import java.util.List;
import java.util.Map;

/**
 * Reads a complaint in Chinese or Tibetan into an {@link Analysis}. Models and gazetteers are loaded once; after
 * that every call is pure CPU work on immutable state (the categorizers are per thread), so one instance serves
 * all threads.
 */
@Singleton
public class Analyzer {

    /**
     * How the pattern finders and the trained name finder are combined for the employer: "rules", "names",
     * "rules-then-names" (the name finder only where the patterns find nothing) or "names-then-rules". The
     * defaults are what measured best on each dev set (nlp-models/README.md); -Dxinsheng.nlp.employer overrides both.
     */
    private static final Map<String, String> EMPLOYER_MODES = Map.of(
            "zh", System.getProperty("xinsheng.nlp.employer", "rules"),
            "bo", System.getProperty("xinsheng.nlp.employer", "rules-then-names"));

    private final Map<String, SectorModel> models;
    private final Map<String, EmployerNameFinder> names;
    private final ChineseEmployerFinder chineseEmployers = new ChineseEmployerFinder();
    private final TibetanEmployerFinder tibetanEmployers = new TibetanEmployerFinder(chineseEmployers);
    private final AbscondingDetector chineseAbsconding = new AbscondingDetector(List.of("zh"));
    private final AbscondingDetector tibetanAbsconding = new AbscondingDetector(List.of("bo", "zh"));
    private TownshipFinder townships = TownshipFinder.luqu();

    public Analyzer() {
        this(Map.of("zh", SectorModel.fromClasspath("zh"), "bo", SectorModel.fromClasspath("bo")),
                Map.of("zh", EmployerNameFinder.fromClasspath("zh"), "bo", EmployerNameFinder.fromClasspath("bo")));
    }

    public Analyzer(Map<String, SectorModel> models, Map<String, EmployerNameFinder> names) {
        this.models = Map.copyOf(models);
        this.names = Map.copyOf(names);
    }

    /** The server's analyzer: the townships are those of the active jurisdiction. */
    @Inject
    public Analyzer(TownshipFinder townships) {
        this();
        this.townships = townships;
    }

    public Analysis analyze(String text) {
        String original = TextNormalizer.clip(text);
        String folded = TextNormalizer.fold(original);
        String language = LanguageDetector.detect(folded);
        if (folded.isBlank()) {
            return new Analysis(language, false, 0.0, "not_wage", 0.0, null, null, null, null, false);
        }
        SectorModel.Verdict verdict = models.get(language)
                .classify(SectorFeatures.of(language, folded), SectorFeatures.cueSectors(folded),
                        SectorFeatures.statesUnpaidWage(language, folded));
        String township = townships.find(folded);
        if (!verdict.wageArrears()) {
            return new Analysis(language, false, verdict.wageProbability(), verdict.sector(), verdict.confidence(), null, null, null, township,
                    false);
        }
        String employer;
        WorkerCounter.Count count;
        MoneyFacts money;
        boolean absconded;
        if (language.equals("bo")) {
            List<String> tokens = TibetanSyllables.tokens(folded);
            employer = employer(tibetanEmployers.find(original, folded), language, original, folded);
            employer = employer == null || employer.chars().noneMatch(c -> TibetanSyllables.isTibetanLetter((char) c)) ? employer
                    : tibetanEmployers.keepName(employer);
            count = WorkerCounter.tibetan(tokens);
            money = TibetanMoneyReader.read(tokens);
            absconded = tibetanAbsconding.absconded(folded);
        } else {
            employer = employer(chineseEmployers.find(original, folded), language, original, folded);
            count = WorkerCounter.chinese(folded);
            money = ChineseMoneyReader.read(folded);
            absconded = chineseAbsconding.absconded(folded);
        }
        Long amount = money.amountOwed(count.workers(), count.plural());
        return new Analysis(language, true, verdict.wageProbability(), verdict.sector(), verdict.confidence(), employer, amount,
                count.workers(), township, absconded);
    }

    private String employer(String byRules, String language, String original, String folded) {
        return switch (EMPLOYER_MODES.get(language)) {
            case "rules" -> byRules;
            case "names" -> names.get(language).find(original, folded);
            case "names-then-rules" -> {
                String named = names.get(language).find(original, folded);
                yield named != null ? named : byRules;
            }
            default -> byRules != null ? byRules : names.get(language).find(original, folded);
        };
    }
}
