package org.xinsheng.nlp;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.xinsheng.web.ErrorAnswers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import org.xinsheng.metrics.XinshengMetrics;
import org.xinsheng.ratelimit.Bucket;
import org.xinsheng.ratelimit.RateLimited;
import org.xinsheng.web.JsonBody;

import java.util.Set;

/**
 * {@code POST /api/v1/analysis {"text": …}} → the analysis. It stays on the event loop: analysis is pure CPU work
 * of a few hundred microseconds at most on at most 2,000 characters, so a hop to the blocking pool would cost more
 * than it saves. The analyzer is created with the application context ({@link AnalyzerLoader}), so no request
 * pays for loading the models.
 */
@Controller("/api/v1/analysis")
@ErrorAnswers
public class AnalysisController {

    public static final int MAX_TEXT_LENGTH = 2000;

    private final Analyzer analyzer;
    private final JsonMapper json;
    @Inject // metrics only; kept out of the constructor
    XinshengMetrics metrics;

    public AnalysisController(Analyzer analyzer, JsonMapper json) {
        this.analyzer = analyzer;
        this.json = json;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @RateLimited(Bucket.ANALYSIS)
    public Analysis analyze(@RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/TextRequest"))) @Nullable @Body String body) {
        JsonBody request = JsonBody.parse(json, body);
        request.onlyFields(Set.of("text"));
        String text = request.requiredString("text", MAX_TEXT_LENGTH).orElse(null);
        request.throwIfInvalid();
        return metrics.analyzed("analysis", () -> analyzer.analyze(text));
    }
}
