package org.xinsheng.ratelimit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.inject.Inject;
import org.xinsheng.metrics.XinshengMetrics;
import org.xinsheng.web.ApiError;

import java.util.Arrays;
import java.util.Map;

/**
 * Counts anonymous calls of {@link RateLimited} endpoints per client and answers 429 with Retry-After once a bucket
 * is full. Runs after the security filter, on the event loop, and never waits for the database: a request that
 * carries a valid staff token is not counted; one with an invalid token is counted like any other. Login attempts
 * are always counted, token or not.
 */
@ServerFilter("/api/**")
@Requires(property = "xinsheng.rate-limit.enabled", notEquals = "false")
public class RateLimitFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final Bucket[] NONE = new Bucket[0];

    private final RateLimiter limiter;
    private final ClientAddresses addresses;

    @Inject // metrics only; kept out of the constructor
    XinshengMetrics metrics;

    public RateLimitFilter(RateLimiter limiter, ClientAddresses addresses) {
        this.limiter = limiter;
        this.addresses = addresses;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    public HttpResponse<ApiError> limit(HttpRequest<?> request) {
        Bucket[] buckets = RouteAttributes.getRouteMatch(request)
                .map(RouteMatch::getAnnotationMetadata)
                .map(m -> m.enumValues(RateLimited.class, Bucket.class))
                .orElse(NONE);
        if (buckets.length == 0 || (request.getUserPrincipal(Authentication.class).isPresent()
                && !Arrays.asList(buckets).contains(Bucket.LOGIN))) {
            return null;
        }
        String client = addresses.of(request);
        RateLimiter.Decision decision = limiter.acquire(buckets, client, System.currentTimeMillis());
        if (decision.allowed()) {
            return null;
        }
        metrics.rateLimited(decision.refusedBy().key());
        if (decision.first()) {
            LOG.info("Rate limit '{}' reached by {}; refused until its window ends in {} s", decision.refusedBy().key(),
                    client, decision.retryAfterSeconds());
        }
        return HttpResponse.<ApiError>status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError("rate_limited", "Too many requests from your address; try again in "
                        + decision.retryAfterSeconds() + " seconds.", Map.of()));
    }
}
