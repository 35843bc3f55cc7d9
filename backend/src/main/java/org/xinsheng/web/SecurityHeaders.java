package org.xinsheng.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Security headers on every answer: the web app loads only its own scripts, styles, fonts and images (photos are
 * previewed from blob: URLs), may not be framed, and browsers must not guess content types. The filter runs first, so
 * its headers also reach answers that a later filter gives without going on (401 from security, 429 from rate limits).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders implements Ordered {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    public void addHeaders(MutableHttpResponse<?> response) {
        addTo(response);
    }

    /** For answers given before any filter runs (see ErrorShapeProcessor). */
    static void addTo(MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CSP);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "no-referrer");
    }
}
