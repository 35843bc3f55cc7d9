package org.xinsheng.metrics;

import org.xinsheng.web.ErrorAnswers;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.xinsheng.web.ApiException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * GET /metrics in the Prometheus text format, for a scraper on the node itself (a loopback peer with no X-Forwarded-For:
 * requests through nginx on the same machine carry one) or one that sends {@code Authorization: Bearer
 * XINSHENG_METRICS_TOKEN}. Anyone else gets 404, as if there were nothing here; XINSHENG_METRICS=false switches it off.
 */
@Controller("/metrics")
@ErrorAnswers
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MetricsController {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final DatabaseGauges gauges;
    private final boolean enabled;
    private final String token;

    public MetricsController(PrometheusMeterRegistry registry, DatabaseGauges gauges,
                             @Value("${xinsheng.metrics.enabled:true}") boolean enabled,
                             @Value("${xinsheng.metrics.token:}") String token) {
        this.registry = registry;
        this.gauges = gauges;
        this.enabled = enabled;
        this.token = token;
    }

    @Get(produces = CONTENT_TYPE)
    public HttpResponse<String> scrape(HttpRequest<?> request,
                                       @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!enabled || !(fromThisMachine(request) || tokenMatches(authorization))) {
            throw ApiException.notFound("Nothing here.");
        }
        gauges.scraped();
        return HttpResponse.ok(registry.scrape()).contentType(CONTENT_TYPE);
    }

    /** A loopback peer that forwards nobody: a proxy on this machine (nginx) always adds X-Forwarded-For. */
    private static boolean fromThisMachine(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress() != null
                && request.getRemoteAddress().getAddress().isLoopbackAddress()
                && !request.getHeaders().contains("X-Forwarded-For")
                && !request.getHeaders().contains("Forwarded");
    }

    private boolean tokenMatches(@Nullable String authorization) {
        if (token.isBlank() || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
    }

}
