package org.xinsheng.tracking;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.intake.PhoneNumbers;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.notify.OutboxMessage;
import org.xinsheng.notify.OutboxRepository;
import org.xinsheng.notify.SmsTexts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * "Lost your code?": texts the tracking codes a phone filed to that phone, never to the caller, so the answer says
 * nothing about whether the number filed anything. At most {@code per-phone-per-day} such texts reach one phone in
 * 24 hours (beyond that the request is dropped silently, like a phone that filed nothing); the newest
 * {@value #MAX_CODES} codes fit one or two SMS.
 */
@Singleton
public class LostCodes {

    public static final String KIND = "lost_code";
    static final int MAX_CODES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(LostCodes.class);

    // Locks the phone's complaints so that two requests at once count each other's text.
    private static final String CODES = "SELECT id, tracking_code, lang FROM complaint WHERE complainant_phone = ?"
            + " ORDER BY id DESC FOR UPDATE";
    private static final String SENT_TODAY = "SELECT COUNT(*) FROM notification_outbox WHERE phone = ? AND kind = ?"
            + " AND created_at > ?";

    private final OutboxRepository outbox;
    private final TransactionOperations<Connection> transactions;
    private final int perPhonePerDay;

    public LostCodes(OutboxRepository outbox, TransactionOperations<Connection> transactions,
                     @Value("${xinsheng.lost-code.per-phone-per-day:3}") int perPhonePerDay) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.perPhonePerDay = perPhonePerDay;
    }

    private record Filed(long id, String code, String language) {
    }

    /** Queues the text when the (normalized) phone filed something and is under its daily limit; true when queued. */
    public boolean send(String phone) {
        Instant now = Instant.now();
        boolean queued = transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            List<Filed> filed = filed(connection, phone);
            if (filed.isEmpty() || sentSince(connection, phone, now.minus(Duration.ofDays(1))) >= perPhonePerDay) {
                return false;
            }
            List<String> codes = filed.stream().limit(MAX_CODES).map(f -> TrackingCodes.format(f.code())).toList();
            Filed newest = filed.get(0);
            String separator = "bo".equals(newest.language()) ? " " : "、";
            outbox.save(OutboxMessage.pending(newest.id(), KIND, phone, newest.language(),
                    SmsTexts.text(KIND, newest.language(), String.join(separator, codes)), now));
            return true;
        });
        LOG.info("Lost-code request for {}: {}", PhoneNumbers.mask(phone), queued ? "texted" : "nothing sent");
        return queued;
    }

    private static List<Filed> filed(Connection connection, String phone) {
        try (PreparedStatement ps = connection.prepareStatement(CODES)) {
            ps.setString(1, phone);
            try (ResultSet rs = ps.executeQuery()) {
                List<Filed> filed = new ArrayList<>();
                while (rs.next()) {
                    filed.add(new Filed(rs.getLong(1), rs.getString(2), rs.getString(3) == null ? "zh" : rs.getString(3)));
                }
                return filed;
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read a phone's complaints: " + e.getMessage(), e);
        }
    }

    private static int sentSince(Connection connection, String phone, Instant since) {
        try (PreparedStatement ps = connection.prepareStatement(SENT_TODAY)) {
            ps.setString(1, phone);
            ps.setString(2, KIND);
            ps.setTimestamp(3, Timestamp.from(since));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot count a phone's lost-code texts: " + e.getMessage(), e);
        }
    }
}
