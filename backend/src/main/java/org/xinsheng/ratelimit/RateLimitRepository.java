package org.xinsheng.ratelimit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RateLimitRepository extends GenericRepository<RateLimitCount, RateLimitCount.Id> {

    /**
     * Adds a node's share to that node's own count of the window (the same SQL on H2 in MySQL mode and on
     * MariaDB/MySQL); no other node writes the row.
     */
    @Query("INSERT INTO rate_limit_count (bucket, client, window_start, node, hits, expires_at)"
            + " VALUES (:bucket, :client, :windowStart, :node, :hits, :expiresAt)"
            + " ON DUPLICATE KEY UPDATE hits = hits + :hits")
    void add(String bucket, String client, long windowStart, String node, int hits, long expiresAt);

    /** The window's counts summed over all nodes. */
    @Query("SELECT bucket, client, SUM(hits) AS hits FROM rate_limit_count"
            + " WHERE window_start = :windowStart AND expires_at = :windowEnd AND client IN (:clients)"
            + " GROUP BY bucket, client")
    List<Total> totals(long windowStart, long windowEnd, Collection<String> clients);

    @Query("DELETE FROM rate_limit_count WHERE expires_at < :now")
    int deleteExpired(long now);

    @Introspected
    record Total(String bucket, String client, int hits) {
    }
}
