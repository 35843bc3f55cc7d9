package org.xinsheng.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** What an import did, row by row (row numbers as the spreadsheet shows them, the header being row 1). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImportResult(String file, int rows, List<Filed> imported, List<Filed> skipped, List<BadRow> errors) {

    /** A clue filed now, or (in skipped) filed by an earlier import. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Filed(int row, String clueNumber, String trackingCode) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BadRow(int row, @Nullable String clueNumber, Map<String, String> fields) {
    }
}
