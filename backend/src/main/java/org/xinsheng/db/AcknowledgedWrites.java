package org.xinsheng.db;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Set;

/**
 * On the embedded database, every request that may have changed something and succeeded is in the database file
 * before its answer leaves: a chat turn, a case action, "still not paid", a rating, a photo, an account change. A
 * filing does this itself (IntakeService, also for imports); this covers every other write, so that nothing a user
 * was told is done can be lost to a kill -9 in H2's half-second write delay (see {@link CommittedWrites}).
 */
@ServerFilter("/api/**")
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:.*")
public class AcknowledgedWrites {

    private static final Set<HttpMethod> CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final CommittedWrites committed;

    public AcknowledgedWrites(CommittedWrites committed) {
        this.committed = committed;
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void persist(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (CHANGING.contains(request.getMethod()) && response.code() < 400) {
            committed.persist();
        }
    }
}
