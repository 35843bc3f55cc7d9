package org.xinsheng.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.xinsheng.nlp.Analysis;

import java.util.Set;

/**
 * A validated, normalised complaint as submitted. {@code given} holds the analysis fields the submitter set
 * (null where they left it to the analyzer); {@code saidUnknown} names the fields the filer was asked for and said
 * they do not know ("employer", "amountYuan", "workers", "township"): those stay empty instead of taking the
 * analyzer's guess (a chat's "老板是谁不知道" must not become an employer read out of "ཤེས་མ་སོང").
 */
@Serdeable
public record ComplaintRequest(
        String text,
        String phone,
        @Nullable String name,
        Channel channel,
        @Nullable String language,
        Analysis given,
        Set<String> saidUnknown) {

    public ComplaintRequest(String text, String phone, @Nullable String name, Channel channel, @Nullable String language,
                            Analysis given) {
        this(text, phone, name, channel, language, given, Set.of());
    }
}
