package org.xinsheng.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One case in the ledger (台账). No complainant name or phone: those stay in the case view. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LedgerRow(String trackingCode, Instant createdAt, String channel, String status,
                        @Nullable String township, @Nullable String sector, @Nullable String employer,
                        @Nullable Long amountYuan, @Nullable Integer workers, String units,
                        @Nullable Instant deadline, boolean overdue, @Nullable String route,
                        @Nullable Long amountRecoveredYuan, @Nullable Integer workersPaid,
                        @Nullable Instant resolvedAt, @Nullable Instant closedAt) {
}
