package org.xinsheng.cases;

import jakarta.inject.Singleton;
import org.xinsheng.intake.Complaint;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.routing.Assignment;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.routing.Router;
import org.xinsheng.routing.Routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final CaseRows rows;

    public CaseOpener(CaseAssignmentRepository assignments, CaseFileRepository files, CaseEventRepository events,
                      Jurisdiction jurisdiction, CaseRows rows) {
        this.assignments = assignments;
        this.files = files;
        this.events = events;
        this.jurisdiction = jurisdiction;
        this.rows = rows;
    }

    public Routing route(Analysis analysis, String text) {
        return Router.route(analysis, text, jurisdiction);
    }

    public void open(Complaint complaint, Routing routing, boolean passedDown, Instant now) {
        for (Assignment a : routing.assignments()) {
            assignments.save(new CaseAssignment(null, complaint.id(), a.unit(), a.role(), now));
        }
        boolean fastTrack = routing.flags().contains(Router.FLAG_FAST_TRACK);
        files.save(CaseFile.open(complaint.id(), complaint.createdAt(), routing.flags(), routing.adviceKey(),
                routing.advice(),
                Deadlines.due(routing.status(), now, passedDown, false, fastTrack, null, jurisdiction.deadlines())));
        routingEvent(complaint, routing, now).ifPresent(events::save);
    }

    /**
     * Opens the case of a complaint being filed, in three statements: the case file (with {@code extraFlags} after the
     * routing's flags, such as the repeat-employer flag known before the case file is written), the assignments, and
     * the timeline: {@code first} (the registration step) followed by the routing step.
     */
    public void openFiled(Complaint complaint, Routing routing, boolean passedDown, Instant now, List<String> extraFlags,
                          CaseEvent first) {
        boolean fastTrack = routing.flags().contains(Router.FLAG_FAST_TRACK);
        List<String> flags = routing.flags();
        if (!extraFlags.isEmpty()) {
            flags = new ArrayList<>(flags);
            for (String flag : extraFlags) {
                if (!flags.contains(flag)) {
                    flags.add(flag);
                }
            }
        }
        files.save(CaseFile.open(complaint.id(), complaint.createdAt(), flags, routing.adviceKey(), routing.advice(),
                Deadlines.due(routing.status(), now, passedDown, false, fastTrack, null, jurisdiction.deadlines())));
        rows.insertAssignments(routing.assignments().stream()
                .map(a -> new CaseAssignment(null, complaint.id(), a.unit(), a.role(), now)).toList());
        List<CaseEvent> timeline = new ArrayList<>(2);
        timeline.add(first);
        routingEvent(complaint, routing, now).ifPresent(timeline::add);
        rows.insertEvents(timeline);
    }

    private Optional<CaseEvent> routingEvent(Complaint complaint, Routing routing, Instant now) {
        String language = complaint.language();
        if ("assigned".equals(routing.status())) {
            return Optional.of(CaseEvent.of(complaint.id(), now, "assigned", "route", "routing", null,
                    CaseMessages.text("assigned", language, Map.of("units", unitNames(routing.assignments(), language)))));
        } else if ("redirected".equals(routing.status())) {
            return Optional.of(CaseEvent.of(complaint.id(), now, "redirected", "route", "routing", null,
                    routing.advice()));
        }
        return Optional.empty();
    }

    /** The names of the units that work the case (not legal aid, which is offered), in the given language. */
    String unitNames(List<Assignment> list, String language) {
        String separator = "bo".equals(language) ? "། " : "、";
        return list.stream().filter(a -> !Router.LEGAL_AID.equals(a.role())).map(Assignment::unit).distinct()
                .map(unit -> jurisdiction.unitName(unit, language)).collect(Collectors.joining(separator));
    }
}
