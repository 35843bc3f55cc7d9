package org.xinsheng.cases;

import java.util.List;

/** Where a complaint stands; the lower-case key is what the API and the database carry. */
public enum CaseStatus {
    REGISTERED, ASSIGNED, VERIFYING, HANDLING, RESOLVED, CLOSED, REDIRECTED;

    /** The keys of the statuses a case is open in: still being worked on. */
    public static final List<String> OPEN = List.of("registered", "assigned", "verifying", "handling");

    public static boolean isOpen(String status) {
        return status != null && OPEN.contains(status);
    }

    public String key() {
        return name().toLowerCase();
    }
}
