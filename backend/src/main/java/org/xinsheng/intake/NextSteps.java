package org.xinsheng.intake;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.routing.Router;
import org.xinsheng.routing.Routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the confirmation page tells a worker happens next: verified within {@code verifyDays} (0: the same day,
 * 当天核实), then the units named work it and it is due to be resolved within {@code resolveDays} (the fast track's
 * when it is on it); a complaint that is not about wages gets none, its advice says where to go. The police are not
 * named here either: whoever reads the page over the worker's shoulder must not learn of a criminal referral.
 */
@Singleton
public class NextSteps {

    @Serdeable
    public record Plan(int verifyDays, Integer resolveDays, List<NamedUnit> units) {
    }

    @Serdeable
    public record NamedUnit(String unit, String role, Map<String, String> names) {
    }

    private final Jurisdiction jurisdiction;

    public NextSteps(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public Plan plan(Routing routing) {
        Jurisdiction.Deadlines days = jurisdiction.deadlines();
        if ("redirected".equals(routing.status())) {
            return new Plan(days.verifyDays(), null, List.of());
        }
        boolean fast = routing.flags().contains(Router.FLAG_FAST_TRACK);
        String police = jurisdiction.units().police();
        List<NamedUnit> units = routing.assignments().stream()
                .filter(a -> !a.unit().equals(police) && !Router.POLICE.equals(a.role()))
                .map(a -> new NamedUnit(a.unit(), a.role(), names(a.unit()))).toList();
        return new Plan(days.verifyDays(), fast ? days.fastTrackResolveDays() : days.resolveDays(), units);
    }

    private Map<String, String> names(String unit) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : jurisdiction.languages()) {
            names.put(language, jurisdiction.unitName(unit, language));
        }
        return names;
    }
}
