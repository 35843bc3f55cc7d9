package org.xinsheng.cases;

import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.staff.StaffAccount;
import org.xinsheng.staff.StaffRole;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may see and do what on one case. A handler sees a case only when their unit is assigned to it; anything else is
 * answered exactly like an unknown case. Only handlers of an assigned unit see the complainant's name and phone.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static Set<Workflow.Who> parts(StaffAccount caller, List<CaseAssignment> assignments, Jurisdiction j) {
        StaffRole role = caller.staffRole();
        if (role == StaffRole.SUPERVISOR || role == StaffRole.ADMIN) {
            return EnumSet.of(Workflow.Who.SUPERVISOR);
        }
        if (role == StaffRole.HOTLINE) {
            return EnumSet.of(Workflow.Who.HOTLINE);
        }
        Set<Workflow.Who> parts = EnumSet.noneOf(Workflow.Who.class);
        for (CaseAssignment a : assignments) {
            if (!a.unit().equals(caller.unit())) {
                continue;
            }
            parts.add(Workflow.Who.PARTICIPANT);
            if (Workflow.WORKING_ROLES.contains(a.role())) {
                parts.add(Workflow.Who.WORKER);
            }
            if (a.unit().equals(j.units().lead()) && "lead".equals(a.role())) {
                parts.add(Workflow.Who.LEAD);
            }
        }
        return parts;
    }

    public static boolean sees(Set<Workflow.Who> parts) {
        return !parts.isEmpty();
    }

    /** Name and full phone: only for handlers of a unit on the case. */
    public static boolean seesContact(Set<Workflow.Who> parts) {
        return parts.contains(Workflow.Who.PARTICIPANT);
    }
}
