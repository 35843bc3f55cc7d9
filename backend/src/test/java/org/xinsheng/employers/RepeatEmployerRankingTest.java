package org.xinsheng.employers;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walk of the tally most complaints first gives the same list as summing the whole tally: employers spread over
 * three nodes (one employer's rows each below others' while its sum is above them), ties at the cut, and a minimum.
 */
@MicronautTest(transactional = false)
class RepeatEmployerRankingTest {

    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject EmployerRanking ranking;
    @Inject RepeatEmployerQueries queries;

    String prefix;
    List<String> nodes;

    @BeforeEach
    void tally() {
        prefix = "排名" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
        nodes = List.of(prefix + "-a", prefix + "-b", prefix + "-c");
        transactions.executeWrite(status -> {
            for (int i = 0; i < 3000; i++) {
                String key = prefix + String.format("%04d", i);
                // a few employers with many complaints, many with few; ten tied at 2,000 across the 100th place
                long total = i >= 95 && i < 105 ? 2000 : 200_000 / (i + 1);
                long onA = i % 3 == 0 ? total * 6 / 10 : total;
                long onC = i % 10 == 0 ? Math.min(10, onA) : 0;
                add(key, nodes.get(0), onA - onC, i % 5);
                if (total > onA) {
                    add(key, nodes.get(1), total - onA, 1);
                }
                if (onC > 0) {
                    add(key, nodes.get(2), onC, 0);
                }
            }
            return null;
        });
    }

    @AfterEach
    void clear() {
        transactions.executeWrite(status -> {
            jdbc.prepareStatement("DELETE FROM employer_tally WHERE employer_key LIKE ?", ps -> {
                ps.setString(1, prefix + "%");
                return ps.executeUpdate();
            });
            jdbc.prepareStatement("DELETE FROM employer_tally_node WHERE node LIKE ?", ps -> {
                ps.setString(1, prefix + "%");
                return ps.executeUpdate();
            });
            return null;
        });
    }

    @ParameterizedTest(name = "min {0}, limit {1}")
    @CsvSource({"3, 100, true", "3, 1, true", "3, 7, true", "3, 99, true", "3, 101, true", "1990, 100, true",
            "2001, 100, true", "5000, 100, true", "300000, 10, true", "2, 500, false"})
    void theWalkGivesTheWholeSum(int min, int limit, boolean stopsEarly) {
        List<RepeatEmployerQueries.Counted> summed = transactions.executeRead(status -> queries.counted(min, limit));
        Optional<List<RepeatEmployerQueries.Counted>> walked = transactions.executeRead(
                status -> ranking.walk(min, limit));
        assertEquals(stopsEarly, walked.isPresent(), "the walk stopped before the end");
        walked.ifPresent(w -> assertEquals(summed, w));
        assertEquals(summed, transactions.executeRead(status -> ranking.top(min, limit)));
    }

    private void add(String key, String node, long complaints, long open) {
        jdbc.prepareStatement("INSERT INTO employer_tally (employer_key, node, complaints, open_cases, last_filed_at)"
                + " VALUES (?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, key);
            ps.setString(2, node);
            ps.setLong(3, complaints);
            ps.setLong(4, open);
            ps.setTimestamp(5, java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(complaints)));
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO employer_tally_node (node) VALUES (?) ON DUPLICATE KEY UPDATE node = node",
                ps -> {
                    ps.setString(1, node);
                    return ps.executeUpdate();
                });
    }
}
