package org.xinsheng.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.xinsheng.nlp.Analysis;

import java.time.Instant;
import java.util.List;

/** What staff see: a line in the inbox, and the whole case. */
public final class CaseViews {

    private CaseViews() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Summary(String trackingCode, String status, String channel, String language, Instant createdAt,
                          @Nullable Instant deadline, boolean overdue, String risk, List<String> flags,
                          @Nullable String sector, @Nullable String township, @Nullable Long amountYuan,
                          @Nullable Integer workers, @Nullable String employer, List<Unit> assignments) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Unit(String unit, String unitName, String role) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Complainant(@Nullable String name, String phone, boolean masked) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Outcome(@Nullable String route, @Nullable String fund, @Nullable Long amountRecoveredYuan,
                          @Nullable Integer workersPaid, @Nullable Instant resolvedAt, @Nullable Instant followedUpAt,
                          @Nullable Instant closedAt, @Nullable Integer rating, @Nullable String ratingComment) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Step(Instant at, String status, @Nullable String action, @Nullable String actor,
                       @Nullable String note, @Nullable String publicNote) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Detail(String trackingCode, String status, String channel, String language, Instant createdAt,
                         @Nullable Instant deadline, boolean overdue, String risk, List<String> flags,
                         @Nullable String leader, @Nullable String advice, String text, Analysis analysis, Complainant complainant,
                         List<Unit> assignments, Outcome outcome, List<Step> timeline, List<String> actions,
                         @Nullable Group group, boolean mayCorrect) {
    }

    /**
     * Complaints against the same employer in the same township within 30 days, worked together. {@code members}
     * holds only the cases the caller may open; the others are counted in {@code notShown}, never named.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Group(long id, int total, List<Member> members, int notShown) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Member(String trackingCode, String status, Instant createdAt, @Nullable String employer,
                         @Nullable Long amountYuan, @Nullable Integer workers) {
    }
}
