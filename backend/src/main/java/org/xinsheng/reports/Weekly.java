package org.xinsheng.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The weekly dispatch (调度): per township and per bureau, and for the whole county. Counts are of complaints:
 * {@code newCases} filed in the week, {@code total} filed up to its end, {@code open} and {@code closed} by their
 * status at the week's end, {@code overdue} open at the end past their deadline. A week that has not ended is
 * counted now: {@code asOf} says the moment counted.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Weekly(String week, Instant from, Instant to, Instant asOf, Row county, List<Row> townships,
                     List<Row> bureaus) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Row(String unit, String unitName, int newCases, int total, int open, int closed, int overdue,
                      long amountClaimedYuan, long amountRecoveredYuan, long workers) {
    }
}
