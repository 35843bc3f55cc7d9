package org.xinsheng.demo;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.ComplaintRequestParser;
import org.xinsheng.intake.IntakeService;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.web.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * On the embedded database's first start, files a few made-up complaints so a newcomer has something to look at,
 * and prints their tracking codes. {@code xinsheng.demo}: auto (only on the embedded H2), true or false. The
 * complaints are the jurisdiction's own (resources/demo/KEY.jsonl, in its townships and languages); a jurisdiction
 * without such a file starts with none.
 */
@Singleton
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final ComplaintRepository complaints;
    private final ComplaintRequestParser parser;
    private final IntakeService intake;
    private final JsonMapper json;
    private final Jurisdiction jurisdiction;
    private final boolean enabled;

    public DemoData(ComplaintRepository complaints, ComplaintRequestParser parser, IntakeService intake, JsonMapper json,
                    Jurisdiction jurisdiction, @Value("${xinsheng.demo:auto}") String mode, @Value("${datasources.default.url}") String url) {
        this.enabled = "true".equals(mode) || ("auto".equals(mode) && url.startsWith("jdbc:h2:"));
        this.complaints = complaints;
        this.parser = parser;
        this.intake = intake;
        this.json = json;
        this.jurisdiction = jurisdiction;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!enabled || complaints.count() > 0) {
            return;
        }
        for (String body : samples()) {
            String answer;
            try {
                answer = intake.file(parser.parse(body.getBytes(StandardCharsets.UTF_8)), null);
            } catch (ApiException e) {
                throw new IllegalStateException("demo complaint for " + jurisdiction.key() + " refused: "
                        + e.toError().fields(), e);
            }
            try {
                LOG.info("Demo complaint filed: tracking code {}", json.readValue(answer, java.util.Map.class).get("trackingCode"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<String> samples() {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + jurisdiction.key() + ".jsonl")) {
            if (in == null) {
                LOG.info("No demo complaints for jurisdiction {}", jurisdiction.key());
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
