package org.xinsheng.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.routing.Assignment;

import java.util.List;

/** The 201 answer to a filing: what the complainant keeps (the tracking code) and what XinSheng made of it, and
 * what happens next (for the confirmation page). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FiledComplaint(
        String trackingCode,
        String status,
        Analysis analysis,
        List<Assignment> assignments,
        List<String> flags,
        @Nullable String advice,
        NextSteps.Plan nextSteps) {
}
