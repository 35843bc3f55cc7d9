package org.xinsheng.tracking;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.web.ApiException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Singleton
public class TrackingService {

    /**
     * The public view in one statement (one snapshot, one round trip): the complaint's row (part 0), its assignments
     * (part 1) and its timeline (part 2), each in id order.
     */
    static final String PUBLIC_VIEW = "SELECT 0 AS part, c.id AS id, c.status AS status, c.created_at AS at,"
            + " NULL AS unit, NULL AS role, NULL AS note, NULL AS action"
            + " FROM complaint c WHERE c.tracking_code = ?"
            + " UNION ALL SELECT 1, a.id, NULL, NULL, a.unit, a.role, NULL, NULL"
            + " FROM case_assignment a JOIN complaint c ON c.id = a.complaint_id WHERE c.tracking_code = ?"
            + " UNION ALL SELECT 2, e.id, e.status, e.happened_at, NULL, NULL, e.public_note, e.action"
            + " FROM case_event e JOIN complaint c ON c.id = e.complaint_id WHERE c.tracking_code = ?"
            + " ORDER BY part, id";

    private final ComplaintRepository complaints;
    private final ConnectionOperations<Connection> connections;
    private final Jurisdiction jurisdiction;
    /** Unit names in Chinese; the jurisdiction does not change while the application runs. */
    private final Map<String, String> unitNames = new ConcurrentHashMap<>();

    public TrackingService(ComplaintRepository complaints, ConnectionOperations<Connection> connections,
                           Jurisdiction jurisdiction) {
        this.complaints = complaints;
        this.connections = connections;
        this.jurisdiction = jurisdiction;
    }

    /** The complaint for a typed code, or 404 for a malformed or unknown one. */
    public Complaint find(String typedCode) {
        return complaints.findByTrackingCode(parse(typedCode))
                .orElseThrow(TrackingService::unknown);
    }

    /** Units (never people) and the timeline's public sentences (never staff notes, names or phone numbers). */
    public PublicComplaintView publicView(String typedCode) {
        String code = parse(typedCode);
        PublicComplaintView view = connections.execute(ConnectionDefinition.DEFAULT, status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(PUBLIC_VIEW)) {
                ps.setString(1, code);
                ps.setString(2, code);
                ps.setString(3, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return read(code, rs);
                }
            } catch (SQLException e) {
                throw new DataAccessException("Cannot read complaint for tracking: " + e.getMessage(), e);
            }
        });
        if (view == null) {
            throw unknown();
        }
        return view;
    }

    private PublicComplaintView read(String code, ResultSet rs) throws SQLException {
        String status = null;
        Timestamp createdAt = null;
        boolean found = false;
        List<PublicComplaintView.UnitRole> units = new ArrayList<>();
        List<PublicComplaintView.Step> timeline = new ArrayList<>();
        while (rs.next()) {
            switch (rs.getInt(1)) {
                case 0 -> {
                    found = true;
                    status = rs.getString(3);
                    createdAt = rs.getTimestamp(4);
                }
                case 1 -> {
                    String unit = rs.getString(5);
                    units.add(new PublicComplaintView.UnitRole(unit, unitName(unit), rs.getString(6)));
                }
                default -> {
                    if (!"note".equals(rs.getString(8))) {
                        Timestamp at = rs.getTimestamp(4);
                        timeline.add(new PublicComplaintView.Step(at == null ? null : at.toInstant(), rs.getString(3),
                                rs.getString(7)));
                    }
                }
            }
        }
        if (!found) {
            return null;
        }
        return new PublicComplaintView(TrackingCodes.format(code), status,
                createdAt == null ? null : createdAt.toInstant(), List.copyOf(units), List.copyOf(timeline));
    }

    private String unitName(String unit) {
        return unitNames.computeIfAbsent(unit, u -> jurisdiction.unitName(u, "zh"));
    }

    private static String parse(String typedCode) {
        return TrackingCodes.parse(typedCode).orElseThrow(() -> ApiException.notFound(
                "This is not a valid tracking code: check each character (codes have 13, without 0, 1, O or I)."));
    }

    private static ApiException unknown() {
        return ApiException.notFound("No complaint has this tracking code.");
    }
}
