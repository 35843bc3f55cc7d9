package org.xinsheng.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A case counted as overdue in a week's dispatch: open at the moment counted and past its deadline then. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OverdueCase(String trackingCode, String status, Instant filedAt, Instant deadline,
                          @Nullable String township, @Nullable String townshipName, @Nullable String employer,
                          @Nullable Long amountYuan, @Nullable Integer workers) {
}
