package org.xinsheng.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The case side of a complaint: the routing flags, the advice given, the current deadline, and once resolved the
 * route (四个一批), the money recovered, the workers paid, the follow-up (回访) and the complainant's rating.
 * It repeats the complaint's filing time so that the inbox's walks in deadline order can test a filing-date filter in
 * the deadline index itself (docs/inbox-queries.md).
 */
@MappedEntity("case_file")
public record CaseFile(
        @Id Long complaintId,
        Instant filedAt,
        String flags,
        @Nullable String adviceKey,
        @Nullable String advice,
        @Nullable Instant deadlineAt,
        @Nullable String resolutionRoute,
        @Nullable String resolutionFund,
        @Nullable Long amountRecoveredYuan,
        @Nullable Integer workersPaid,
        @Nullable Instant resolvedAt,
        @Nullable Instant followedUpAt,
        @Nullable Instant closedAt,
        @Nullable Integer rating,
        @Nullable String ratingComment,
        @Nullable Instant ratedAt) {

    public static CaseFile open(Long complaintId, Instant filedAt, List<String> flags, @Nullable String adviceKey,
                                @Nullable String advice, @Nullable Instant deadline) {
        return new CaseFile(complaintId, filedAt, String.join(" ", flags), adviceKey, advice, deadline,
                null, null, null, null, null, null, null, null, null, null);
    }

    public List<String> flagList() {
        return flagList(flags);
    }

    /** Flags are kept as one space-separated string. */
    public static List<String> flagList(String flags) {
        return flags.isBlank() ? List.of() : Arrays.asList(flags.split(" "));
    }

    public boolean has(String flag) {
        return flagList().contains(flag);
    }

    /** A redirected complaint assigned after all is a wage case: no longer not_wage, no redirect advice. */
    public CaseFile asWageCase() {
        String kept = String.join(" ", flagList().stream().filter(f -> !"not_wage".equals(f)).toList());
        return new CaseFile(complaintId, filedAt, kept, null, null, deadlineAt, resolutionRoute, resolutionFund,
                amountRecoveredYuan, workersPaid, resolvedAt, followedUpAt, closedAt, rating, ratingComment, ratedAt);
    }

    public CaseFile withFlags(List<String> newFlags) {
        return new CaseFile(complaintId, filedAt, String.join(" ", newFlags), adviceKey, advice, deadlineAt,
                resolutionRoute, resolutionFund, amountRecoveredYuan, workersPaid, resolvedAt, followedUpAt, closedAt,
                rating, ratingComment, ratedAt);
    }

    public CaseFile withDeadline(@Nullable Instant deadline) {
        return new CaseFile(complaintId, filedAt, flags, adviceKey, advice, deadline, resolutionRoute, resolutionFund,
                amountRecoveredYuan, workersPaid, resolvedAt, followedUpAt, closedAt, rating, ratingComment, ratedAt);
    }

    public CaseFile withAdvice(String key, String text) {
        return new CaseFile(complaintId, filedAt, flags, key, text, deadlineAt, resolutionRoute, resolutionFund,
                amountRecoveredYuan, workersPaid, resolvedAt, followedUpAt, closedAt, rating, ratingComment, ratedAt);
    }

    public CaseFile withResolution(String route, @Nullable String fund, long amount, int workers, Instant at) {
        return new CaseFile(complaintId, filedAt, flags, adviceKey, advice, deadlineAt, route, fund, amount, workers, at,
                null, closedAt, rating, ratingComment, ratedAt);
    }

    public CaseFile withFollowUp(@Nullable Instant at) {
        return new CaseFile(complaintId, filedAt, flags, adviceKey, advice, deadlineAt, resolutionRoute, resolutionFund,
                amountRecoveredYuan, workersPaid, resolvedAt, at, closedAt, rating, ratingComment, ratedAt);
    }

    public CaseFile withClosed(Instant at) {
        return new CaseFile(complaintId, filedAt, flags, adviceKey, advice, deadlineAt, resolutionRoute, resolutionFund,
                amountRecoveredYuan, workersPaid, resolvedAt, followedUpAt, at, rating, ratingComment, ratedAt);
    }
}
