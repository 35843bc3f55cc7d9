package org.xinsheng.ratelimit;

/**
 * What a rate limit counts, per client address: anonymous writes (filing, rating, evidence photos), chat turns, and
 * lookups by tracking code. One request may count in more than one bucket.
 */
public enum Bucket {
    FILING, CHAT, TRACKING;

    public String key() {
        return name().toLowerCase();
    }
}
