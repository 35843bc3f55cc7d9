package org.xinsheng.cases;

import jakarta.inject.Singleton;
import org.xinsheng.intake.Complaint;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.routing.Assignment;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.routing.Router;
import org.xinsheng.routing.Routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Opens the case for a complaint just filed, in the filing's transaction: the units and their parts, the flags, the
 * advice, the first deadline, and the timeline step that says where it went (or where the complainant should go).
 */
@Singleton
public class CaseOpener {

    private final CaseAssignmentRepository assignments;
    private final CaseFileRepository files;
    private final CaseEventRepository events;
    private final Jurisdiction jurisdiction;

    public CaseOpener(CaseAssignmentRepository assignments, CaseFileRepository files, CaseEventRepository events,
                      Jurisdiction jurisdiction) {
        this.assignments = assignments;
        this.files = files;
        this.events = events;
        this.jurisdiction = jurisdiction;
    }

    public Routing route(Analysis analysis, String text) {
        return Router.route(analysis, text, jurisdiction);
    }

    public void open(Complaint complaint, Routing routing, boolean passedDown, Instant now) {
        for (Assignment a : routing.assignments()) {
            assignments.save(new CaseAssignment(null, complaint.id(), a.unit(), a.role(), now));
        }
        boolean fastTrack = routing.flags().contains(Router.FLAG_FAST_TRACK);
        files.save(CaseFile.open(complaint.id(), routing.flags(), routing.adviceKey(), routing.advice(),
                Deadlines.due(routing.status(), now, passedDown, false, fastTrack, null, jurisdiction.deadlines())));
        String language = complaint.language();
        if ("assigned".equals(routing.status())) {
            events.save(CaseEvent.of(complaint.id(), now, "assigned", "route", "routing", null,
                    CaseMessages.text("assigned", language, Map.of("units", unitNames(routing.assignments(), language)))));
        } else if ("redirected".equals(routing.status())) {
            events.save(CaseEvent.of(complaint.id(), now, "redirected", "route", "routing", null, routing.advice()));
        }
    }

    /** The names of the units that work the case (not legal aid, which is offered), in the given language. */
    String unitNames(List<Assignment> list, String language) {
        String separator = "bo".equals(language) ? "། " : "、";
        return list.stream().filter(a -> !Router.LEGAL_AID.equals(a.role())).map(Assignment::unit).distinct()
                .map(unit -> jurisdiction.unitName(unit, language)).collect(Collectors.joining(separator));
    }
}
