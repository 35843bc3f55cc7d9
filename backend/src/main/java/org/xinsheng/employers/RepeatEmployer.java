package org.xinsheng.employers;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * An employer with repeated complaints (the 失信 signal): the names it was given, how many complaints and where;
 * {@code cases} holds its latest complaints (at most 20), oldest of those first.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RepeatEmployer(String employerKey, List<String> names, int complaints, int open, List<String> townships,
                             Instant lastFiledAt, List<Case> cases) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Case(String trackingCode, String status, Instant filedAt) {
    }
}
