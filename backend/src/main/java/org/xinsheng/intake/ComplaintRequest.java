package org.xinsheng.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.xinsheng.nlp.Analysis;

/**
 * A validated, normalised complaint as submitted. {@code given} holds the analysis fields the submitter set
 * (null where they left it to the analyzer).
 */
@Serdeable
public record ComplaintRequest(
        String text,
        String phone,
        @Nullable String name,
        Channel channel,
        @Nullable String language,
        Analysis given) {
}
