package org.xinsheng.employers;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.event.EntityEventContext;
import io.micronaut.data.event.EntityEventListener;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.xinsheng.cases.CaseFile;
import org.xinsheng.cases.CaseStatus;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the table employer_tally (V32): per employer key, its complaints, how many of them are open and its last
 * filing, which the repeat-employer list ranks by (instead of counting every employer link and looking up every
 * complaint's status: 38 s on MariaDB at 1,000,000 complaints). Kept in the transaction of each write that changes it:
 * a new employer link adds its complaint, and a change of a linked complaint's status between open and not open moves
 * the open count.
 *
 * <p>Each node adds to rows of its own ({@code node} in the key) and the list sums them, so nodes of a Galera cluster
 * never write the same row (a row every filing against a busy employer wrote on every node would conflict at commit).
 * A node's rows are named by its host and port, so they are the same rows after a restart; any number of rows per
 * key sums to the right figures.
 *
 * <p>Status changes are followed through the case file: every write that moves a case (CaseActions, CaseCorrections,
 * StillNotPaid, CaseOpener) writes its case file after the complaint's new status, in its transaction (the rule
 * cases/CaseFlagIndex relies on too). The link keeps a copy of the status it was last counted with
 * ({@code employer_link.status}); a write of the case file compares it with the complaint's and moves both the copy
 * and the tally when they differ. A link whose copy is NULL was written without the application (a bulk load after
 * the migration) and is not in the tally yet: {@link #countUnknown} counts those at start.
 */
@Singleton
public class EmployerTally implements EntityEventListener<CaseFile> {

    private final JdbcOperations jdbc;
    private final String node;
    private volatile boolean registered;

    public EmployerTally(JdbcOperations jdbc, @Value("${xinsheng.employers.tally-node:}") String node,
                         @Value("${micronaut.server.port:8080}") String port) {
        this.jdbc = jdbc;
        this.node = node.isBlank() ? host() + ":" + port : node;
    }

    /** This node's name in the tally. */
    String node() {
        return node;
    }

    /**
     * A new link: its complaint counted, open or not by the status the link was written with, and its name and
     * township recorded when they are new for the employer.
     */
    void linked(EmployerLink link) {
        add(link.employerKey(), 1, CaseStatus.isOpen(link.status()) ? 1 : 0, link.filedAt());
        named(link.employerKey(), link.employer(), link.complaintId());
        if (link.township() != null) {
            seenIn(link.employerKey(), link.township());
        }
    }

    /**
     * Records a name the employer was given and the first complaint that gave it; written only when the name is new
     * or the complaint older than the one recorded (a link made late, by the backfill), never on every filing.
     */
    void named(String employerKey, String employer, long complaintId) {
        Long first = jdbc.prepareStatement("SELECT first_complaint FROM employer_name WHERE employer_key = ?"
                + " AND employer = ?", ps -> {
            ps.setString(1, employerKey);
            ps.setString(2, employer);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        });
        if (first == null || complaintId < first) {
            jdbc.prepareStatement("INSERT INTO employer_name (employer_key, employer, first_complaint) VALUES (?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE first_complaint = LEAST(first_complaint, VALUES(first_complaint))",
                    ps -> {
                        ps.setString(1, employerKey);
                        ps.setString(2, employer);
                        ps.setLong(3, complaintId);
                        return ps.executeUpdate();
                    });
        }
    }

    /** Records a township the employer had a complaint in, when it is new for the employer. */
    void seenIn(String employerKey, String township) {
        boolean known = jdbc.prepareStatement("SELECT 1 FROM employer_township WHERE employer_key = ? AND township = ?",
                ps -> {
                    ps.setString(1, employerKey);
                    ps.setString(2, township);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                });
        if (!known) {
            jdbc.prepareStatement("INSERT INTO employer_township (employer_key, township) VALUES (?, ?)"
                    + " ON DUPLICATE KEY UPDATE township = township", ps -> {
                ps.setString(1, employerKey);
                ps.setString(2, township);
                return ps.executeUpdate();
            });
        }
    }

    /** Adds to this node's row of the key (made on first use). */
    void add(String employerKey, long complaints, long open, Instant filedAt) {
        register();
        jdbc.prepareStatement("INSERT INTO employer_tally (employer_key, node, complaints, open_cases, last_filed_at)"
                + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE complaints = complaints + VALUES(complaints),"
                + " open_cases = open_cases + VALUES(open_cases),"
                + " last_filed_at = GREATEST(last_filed_at, VALUES(last_filed_at))", ps -> {
            ps.setString(1, employerKey);
            ps.setString(2, node);
            ps.setLong(3, complaints);
            ps.setLong(4, open);
            ps.setTimestamp(5, Timestamp.from(filedAt));
            return ps.executeUpdate();
        });
    }

    /**
     * Names this node in employer_tally_node before its first row (in the same transaction): the list relies on each
     * key having at most one row per node named there. Remembered once seen committed.
     */
    private void register() {
        if (registered) {
            return;
        }
        boolean there = jdbc.prepareStatement("SELECT 1 FROM employer_tally_node WHERE node = ?", ps -> {
            ps.setString(1, node);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
        if (there) {
            registered = true;
        } else {
            jdbc.prepareStatement("INSERT INTO employer_tally_node (node) VALUES (?)"
                    + " ON DUPLICATE KEY UPDATE node = node", ps -> {
                        ps.setString(1, node);
                        return ps.executeUpdate();
                    });
        }
    }

    @Override
    public void postPersist(EntityEventContext<CaseFile> context) {
        follow(context.getEntity().complaintId());
    }

    @Override
    public void postUpdate(EntityEventContext<CaseFile> context) {
        follow(context.getEntity().complaintId());
    }

    /**
     * Brings the link's copy of the complaint's status up to date, and the open count with it; writes nothing when
     * the status did not change (most writes of a case file), or when the complaint has no link.
     */
    public void follow(long complaintId) {
        Linked linked = jdbc.prepareStatement("SELECT c.status, l.status, l.employer_key, l.filed_at FROM complaint c"
                + " JOIN employer_link l ON l.complaint_id = c.id WHERE c.id = ?", ps -> {
            ps.setLong(1, complaintId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Linked(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()) : null;
            }
        });
        if (linked == null || linked.counted() == null || linked.counted().equals(linked.now())) {
            return;
        }
        int moved = jdbc.prepareStatement("UPDATE employer_link SET status = ? WHERE complaint_id = ? AND status = ?",
                ps -> {
                    ps.setString(1, linked.now());
                    ps.setLong(2, complaintId);
                    ps.setString(3, linked.counted());
                    return ps.executeUpdate();
                });
        int delta = (CaseStatus.isOpen(linked.now()) ? 1 : 0) - (CaseStatus.isOpen(linked.counted()) ? 1 : 0);
        if (moved == 1 && delta != 0) {
            add(linked.key(), 0, delta, linked.filedAt());
        }
    }

    /**
     * Counts up to {@code batch} links written without the application (status NULL) after the link {@code after},
     * in the caller's transaction: sets their copies of the status and adds their complaints to the tally. Answers
     * the last link counted and how many (none when none is left). The links and their complaints are locked as they
     * are read, so nodes starting together never count one twice, and a status change waits for the count and then
     * moves it.
     */
    Counted countUnknown(long after, int batch) {
        List<Unknown> rows = jdbc.prepareStatement("SELECT complaint_id, employer_key, filed_at, employer, township"
                + " FROM employer_link"
                + " WHERE complaint_id > ? AND status IS NULL ORDER BY complaint_id LIMIT " + batch + " FOR UPDATE",
                ps -> {
                    ps.setLong(1, after);
                    try (ResultSet rs = ps.executeQuery()) {
                        List<Unknown> out = new ArrayList<>();
                        while (rs.next()) {
                            out.add(new Unknown(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                                    rs.getString(4), rs.getString(5)));
                        }
                        return out;
                    }
                });
        if (rows.isEmpty()) {
            return new Counted(after, 0);
        }
        String ids = String.join(",", rows.stream().map(u -> String.valueOf(u.complaintId())).toList());
        Map<Long, String> statuses = jdbc.prepareStatement("SELECT id, status FROM complaint WHERE id IN (" + ids
                + ") ORDER BY id FOR UPDATE", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                Map<Long, String> out = new HashMap<>();
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
                return out;
            }
        });
        Map<String, List<Long>> byStatus = new TreeMap<>();
        Map<String, long[]> sums = new TreeMap<>(); // in key order, so concurrent counts lock tally rows in one order
        Map<String, Instant> last = new HashMap<>();
        for (Unknown u : rows) {
            String status = statuses.get(u.complaintId());
            byStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(u.complaintId());
            long[] sum = sums.computeIfAbsent(u.key(), k -> new long[2]);
            sum[0]++;
            sum[1] += CaseStatus.isOpen(status) ? 1 : 0;
            last.merge(u.key(), u.filedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        byStatus.forEach((status, members) -> jdbc.prepareStatement("UPDATE employer_link SET status = ?"
                + " WHERE complaint_id IN (" + String.join(",", members.stream().map(String::valueOf).toList())
                + ")", ps -> {
            ps.setString(1, status);
            return ps.executeUpdate();
        }));
        sums.forEach((key, sum) -> add(key, sum[0], sum[1], last.get(key)));
        Map<List<String>, Long> names = new TreeMap<>(NAME_ORDER);
        Set<List<String>> townships = new TreeSet<>(NAME_ORDER);
        for (Unknown u : rows) {
            names.merge(List.of(u.key(), u.employer()), u.complaintId(), Math::min);
            if (u.township() != null) {
                townships.add(List.of(u.key(), u.township()));
            }
        }
        names.forEach((name, first) -> named(name.get(0), name.get(1), first));
        townships.forEach(t -> seenIn(t.get(0), t.get(1)));
        return new Counted(rows.get(rows.size() - 1).complaintId(), rows.size());
    }

    record Counted(long last, int links) {
    }

    private static final Comparator<List<String>> NAME_ORDER = Comparator.<List<String>, String>comparing(l -> l.get(0))
            .thenComparing(l -> l.get(1));

    /** Counts each new link in the tally, in the transaction that writes it. */
    @Singleton
    static class Links implements EntityEventListener<EmployerLink> {

        private final EmployerTally tally;

        Links(EmployerTally tally) {
            this.tally = tally;
        }

        @Override
        public void postPersist(EntityEventContext<EmployerLink> context) {
            EmployerLink link = context.getEntity();
            if (link.status() != null) {
                tally.linked(link);
            }
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private record Linked(String now, String counted, String key, Instant filedAt) {
    }

    private record Unknown(long complaintId, String key, Instant filedAt, String employer, String township) {
    }
}
