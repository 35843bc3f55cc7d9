package org.xinsheng.db;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * On the embedded database, every request that may have changed something and succeeded is in the database file
 * before its answer leaves: a filing (by form, chat, hotline or import), a chat turn, a case action, "still not
 * paid", a rating, a photo, an account change; so that nothing a user was told is done can be lost to a kill -9 in
 * H2's half-second write delay (see {@link CommittedWrites}). Reads never reach this filter, so they pay no hop to a
 * blocking thread.
 */
@ServerFilter(value = "/api/**", methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:.*")
public class AcknowledgedWrites {

    private final CommittedWrites committed;

    public AcknowledgedWrites(CommittedWrites committed) {
        this.committed = committed;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void persist(MutableHttpResponse<?> response) {
        if (response.code() < 400) {
            committed.persist();
        }
    }
}
