package org.xinsheng.ratelimit;

/**
 * What a rate limit counts, per client address: anonymous writes (filing, rating, evidence photos), chat turns,
 * lookups by tracking code, reads of a draft by the analyzer (the form asks while the worker types) and staff login
 * attempts. One request may count in more than one bucket.
 */
public enum Bucket {
    FILING, CHAT, TRACKING, ANALYSIS, LOGIN;

    public String key() {
        return name().toLowerCase();
    }
}
