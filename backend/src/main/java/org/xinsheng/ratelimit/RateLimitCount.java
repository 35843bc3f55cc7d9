package org.xinsheng.ratelimit;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of rate_limit_count: requests admitted by one node for one client, bucket and window. */
@MappedEntity("rate_limit_count")
public record RateLimitCount(@EmbeddedId Id id, int hits) {

    /** The window is [windowStart, expiresAt) in epoch milliseconds. */
    @Embeddable
    public record Id(@MappedProperty("bucket") String bucket, @MappedProperty("client") String client,
                     @MappedProperty("window_start") long windowStart, @MappedProperty("node") String node,
                     @MappedProperty("expires_at") long expiresAt) {
    }
}
