package org.xinsheng.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Gives the error shape to error answers that a framework filter returned without a body (the origin check's 403, for
 * one): clients read {"error","message","fields"} on every 4xx and 5xx. Runs right after SecurityHeaders, so it sees
 * every answer the later filters give.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class EmptyErrorBodies implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @ResponseFilter
    public void fill(MutableHttpResponse<?> response) {
        if (response.getStatus().getCode() >= 400 && response.getBody().isEmpty()) {
            response.contentType(MediaType.APPLICATION_JSON_TYPE).body(ErrorShapeProcessor.errorFor(response.getStatus()));
        }
    }
}
