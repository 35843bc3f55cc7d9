package org.xinsheng.cases;

/** Where a complaint stands; the lower-case key is what the API and the database carry. */
public enum CaseStatus {
    REGISTERED, ASSIGNED, VERIFYING, HANDLING, RESOLVED, CLOSED, REDIRECTED;

    public String key() {
        return name().toLowerCase();
    }
}
