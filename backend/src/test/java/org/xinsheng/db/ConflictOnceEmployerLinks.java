package org.xinsheng.db;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.xinsheng.cases.CaseFileRepository;
import org.xinsheng.employers.EmployerLinkRepository;
import org.xinsheng.employers.EmployerLinks;
import org.xinsheng.intake.Complaint;

import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In the middle of a filing's transaction (after the idempotency record and the complaint are written), the first
 * time a complaint whose text holds {@link #MARK} is linked (every time for {@link #ALWAYS}), fails as MariaDB does when the transaction lost a
 * deadlock or a Galera certification conflict: SQL state 40001, error 1213.
 */
@Singleton
@Replaces(EmployerLinks.class)
@Requires(property = "test.conflict-once", value = "true")
class ConflictOnceEmployerLinks extends EmployerLinks {

    static final String MARK = "CONFLICT-ONCE";
    static final String ALWAYS = "CONFLICT-ALWAYS";

    final AtomicInteger calls = new AtomicInteger();
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    ConflictOnceEmployerLinks(EmployerLinkRepository links, CaseFileRepository files) {
        super(links, files, 3, Duration.ofDays(30));
    }

    @Override
    public boolean link(Complaint complaint, Instant now) {
        if (complaint.text().contains(MARK) || complaint.text().contains(ALWAYS)) {
            calls.incrementAndGet();
            if (failed.add(complaint.text()) || complaint.text().contains(ALWAYS)) {
                throw new DataAccessException("Error executing SQL UPDATE", new SQLTransactionRollbackException(
                        "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
            }
        }
        return super.link(complaint, now);
    }
}
