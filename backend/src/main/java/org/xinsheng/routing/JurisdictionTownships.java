package org.xinsheng.routing;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.xinsheng.nlp.extract.TownshipFinder;
import org.xinsheng.nlp.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The analyzer's townships are the jurisdiction's: each township's names in every language (unless
 * {@code matchName} is false), its aliases, and the rows of the gazetteer file the jurisdiction names, if any.
 */
@Factory
public class JurisdictionTownships {

    @Singleton
    TownshipFinder townshipFinder(Jurisdiction jurisdiction) {
        return new TownshipFinder(names(jurisdiction));
    }

    public static List<TownshipFinder.Name> names(Jurisdiction jurisdiction) {
        List<TownshipFinder.Name> names = new ArrayList<>();
        if (jurisdiction.townshipGazetteer() != null) {
            names.addAll(TownshipFinder.fromGazetteer(jurisdiction.townshipGazetteer()));
        }
        for (Jurisdiction.Unit township : jurisdiction.townships()) {
            if (!Boolean.FALSE.equals(township.matchName())) {
                township.name().values().forEach(n -> names.add(new TownshipFinder.Name(township.key(), asWritten(n))));
            }
            if (township.aliases() != null) {
                township.aliases().forEach(a -> names.add(new TownshipFinder.Name(township.key(), asWritten(a))));
            }
        }
        return names;
    }

    /** As the analyzer sees text: folded, without the closing shad a Tibetan name is written with on its own. */
    private static String asWritten(String name) {
        String folded = TextNormalizer.fold(name.strip());
        while (folded.endsWith("།") || folded.endsWith("་")) {
            folded = folded.substring(0, folded.length() - 1);
        }
        return folded;
    }
}
