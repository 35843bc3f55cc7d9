package org.xinsheng.cases;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.intake.Complaint;
import org.xinsheng.routing.Routing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;

/**
 * Complaints filed before routing existed are routed at startup by their stored analysis, so no complaint is left
 * without a case. Nodes starting together may race for one complaint: the loser's insert of the case file (keyed by
 * complaint) fails and is skipped.
 *
 * <p>A case file is keyed by its complaint (primary and foreign key), so as many case files as complaints means none
 * is missing: two counts of whole tables (at once on H2, one index scan each on MariaDB) stand in front of the search,
 * which reads every complaint (4 to 7 s on H2 at 1,000,000) and is only made when a complaint lacks its case.
 */
@Singleton
public class CaseBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(CaseBackfill.class);

    private final CaseComplaints complaints;
    private final CaseOpener opener;
    private final TransactionOperations<Connection> transactions;

    public CaseBackfill(CaseComplaints complaints, CaseOpener opener, TransactionOperations<Connection> transactions) {
        this.complaints = complaints;
        this.opener = opener;
        this.transactions = transactions;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        List<Complaint> pending;
        try {
            if (!anyWithoutCaseFile()) {
                return;
            }
            pending = complaints.findWithoutCaseFile();
        } catch (RuntimeException e) {
            LOG.warn("Cannot look for complaints without a case, the database is unavailable: {}", e.getMessage());
            return;
        }
        int routed = 0;
        for (Complaint complaint : pending) {
            try {
                transactions.executeWrite(status -> {
                    open(complaint);
                    return null;
                });
                routed++;
            } catch (RuntimeException e) {
                LOG.debug("Complaint {} was routed elsewhere: {}", complaint.trackingCode(), e.getMessage());
            }
        }
        if (routed > 0) {
            LOG.info("Routed {} complaints filed before routing existed", routed);
        }
    }

    /** False when every complaint has its case file. */
    boolean anyWithoutCaseFile() {
        return transactions.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(
                    "SELECT (SELECT COUNT(*) FROM complaint) - (SELECT COUNT(*) FROM case_file)");
                 ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        });
    }

    private void open(Complaint complaint) {
        Instant now = Instant.now();
        Routing routing = opener.route(complaint.analysis(), complaint.text());
        if (!routing.status().equals(complaint.status())) {
            complaints.move(complaint.id(), complaint.status(), routing.status(), now);
        }
        opener.open(complaint, routing, "import".equals(complaint.channel()), now);
    }
}
