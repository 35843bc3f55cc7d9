package org.xinsheng.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The case workflow as a table: each action, the states it may start from, the state it leads to (null: stays),
 * and who may take it. registered → assigned → verifying → handling → resolved → closed, and redirected; a resolved
 * or closed case whose money did not arrive goes back to handling.
 */
public enum Workflow {

    ASSIGN(Set.of("registered", "assigned", "verifying", "handling", "redirected"), null, EnumSet.of(Who.LEAD, Who.SUPERVISOR)),
    REDIRECT(Set.of("registered", "assigned"), "redirected", EnumSet.of(Who.LEAD, Who.SUPERVISOR)),
    ACCEPT(Set.of("assigned"), "verifying", EnumSet.of(Who.WORKER, Who.SUPERVISOR)),
    VERIFIED(Set.of("verifying"), "handling", EnumSet.of(Who.WORKER, Who.SUPERVISOR)),
    PROGRESS(Set.of("verifying", "handling"), null, EnumSet.of(Who.PARTICIPANT, Who.SUPERVISOR)),
    RESOLVE(Set.of("handling"), "resolved", EnumSet.of(Who.WORKER, Who.SUPERVISOR)),
    FOLLOW_UP(Set.of("resolved"), null, EnumSet.of(Who.WORKER, Who.SUPERVISOR)),
    CLOSE(Set.of("resolved"), "closed", EnumSet.of(Who.LEAD, Who.SUPERVISOR)),
    NOTE(Set.of("registered", "assigned", "verifying", "handling", "resolved", "closed", "redirected"), null,
            EnumSet.of(Who.PARTICIPANT, Who.SUPERVISOR, Who.HOTLINE)),
    /** The worker says the money never came (回访, 不解决不销账): taken through the tracking code, never by staff. */
    STILL_NOT_PAID(Set.of("resolved", "closed"), "handling", EnumSet.of(Who.COMPLAINANT));

    /**
     * The parts a caller plays in one case. LEAD: a handler of the lead unit on the case; WORKER: a handler of a unit
     * that works it (township, bureau, lead, task force); PARTICIPANT: a handler of any unit on it (also police,
     * legal aid); SUPERVISOR: supervisors and admins; HOTLINE: hotline operators; COMPLAINANT: whoever holds the
     * tracking code (no staff account is ever given this part).
     */
    public enum Who { LEAD, WORKER, PARTICIPANT, SUPERVISOR, HOTLINE, COMPLAINANT }

    /** Roles whose units work a case, not only help with it. */
    public static final Set<String> WORKING_ROLES = Set.of("township", "bureau", "lead", "task_force");

    private final Set<String> from;
    private final String to;
    private final Set<Who> who;

    Workflow(Set<String> from, String to, Set<Who> who) {
        this.from = from;
        this.to = to;
        this.who = who;
    }

    public String key() {
        return name().toLowerCase();
    }

    public static Optional<Workflow> of(String key) {
        return Arrays.stream(values()).filter(a -> a.key().equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Workflow::key).toList();
    }

    public boolean startsFrom(String status) {
        return from.contains(status);
    }

    public boolean allows(Set<Who> parts) {
        return parts.stream().anyMatch(who::contains);
    }

    /** The status after the action; assigning a registered or redirected case makes it assigned. */
    public String next(String status) {
        if (this == ASSIGN) {
            return "registered".equals(status) || "redirected".equals(status) ? "assigned" : status;
        }
        return to == null ? status : to;
    }

    /** The actions these parts may take on a case in this status, for the staff view. */
    public static List<String> available(String status, Set<Who> parts) {
        return Arrays.stream(values()).filter(a -> a.startsFrom(status) && a.allows(parts)).map(Workflow::key).toList();
    }
}
