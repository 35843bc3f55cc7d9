package org.xinsheng.tracking;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.xinsheng.cases.CaseMessages;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.routing.Router;
import org.xinsheng.web.ApiException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Singleton
public class TrackingService {

    /**
     * The public view in one statement (one snapshot, one round trip): the complaint's row joined to its assignments
     * (part 1) and, separately, to its timeline (part 2), each in id order. Not a UNION: H2 parses a UNION again on
     * every call, while this form stays in its statement cache.
     */
    static final String PUBLIC_VIEW = "SELECT k.part, c.status, c.created_at, a.unit, a.role,"
            + " e.happened_at, e.status, e.public_note, e.action, c.lang, f.rated_at"
            + " FROM complaint c CROSS JOIN (SELECT 1 AS part UNION ALL SELECT 2 AS part) k"
            + " LEFT JOIN case_file f ON f.complaint_id = c.id"
            + " LEFT JOIN case_assignment a ON k.part = 1 AND a.complaint_id = c.id"
            + " LEFT JOIN case_event e ON k.part = 2 AND e.complaint_id = c.id"
            + " WHERE c.tracking_code = ? ORDER BY k.part, a.id, e.id";

    private final ComplaintRepository complaints;
    private final ConnectionOperations<Connection> connections;
    private final Jurisdiction jurisdiction;
    /** Unit names in every language; the jurisdiction does not change while the application runs. */
    private final Map<String, Map<String, String>> unitNames = new ConcurrentHashMap<>();

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
        boolean escalated = false;
        boolean rated = false;
        String language = "zh";
        String police = jurisdiction.units().police();
        List<PublicComplaintView.UnitRole> units = new ArrayList<>();
        List<PublicComplaintView.Step> timeline = new ArrayList<>();
        while (rs.next()) {
            if (!found) {
                found = true;
                status = rs.getString(2);
                createdAt = rs.getTimestamp(3);
                language = rs.getString(10) == null ? "zh" : rs.getString(10);
                rated = rs.getTimestamp(11) != null;
            }
            if (rs.getInt(1) == 1) {
                String unit = rs.getString(4);
                if (police.equals(unit) || Router.POLICE.equals(rs.getString(5))) {
                    escalated = true;
                } else if (unit != null) {
                    units.add(new PublicComplaintView.UnitRole(unit, unitName(unit), rs.getString(5), unitNames(unit)));
                }
            } else {
                Timestamp at = rs.getTimestamp(6);
                if (at != null && !"note".equals(rs.getString(9))) {
                    timeline.add(new PublicComplaintView.Step(at.toInstant(), rs.getString(7),
                            withoutPolice(rs.getString(8), language)));
                }
            }
        }
        if (!found) {
            return null;
        }
        return new PublicComplaintView(TrackingCodes.format(code), status,
                createdAt == null ? null : createdAt.toInstant(), List.copyOf(units), escalated, List.copyOf(timeline),
                rated);
    }

    /** A note written before the police were kept out of public sentences: it is replaced, not shown. */
    private String withoutPolice(String note, String language) {
        if (note == null) {
            return null;
        }
        String police = jurisdiction.units().police();
        for (String lang : CaseMessages.LANGUAGES) {
            if (note.contains(jurisdiction.unitName(police, lang))) {
                return CaseMessages.text("escalated", language);
            }
        }
        return CaseMessages.singleShad(note);
    }

    private String unitName(String unit) {
        return unitNames(unit).get("zh");
    }

    private Map<String, String> unitNames(String unit) {
        return unitNames.computeIfAbsent(unit, u -> {
            Map<String, String> names = new LinkedHashMap<>();
            for (String language : CaseMessages.LANGUAGES) {
                names.put(language, jurisdiction.unitName(u, language));
            }
            return Map.copyOf(names);
        });
    }

    private static String parse(String typedCode) {
        return TrackingCodes.parse(typedCode).orElseThrow(() -> ApiException.notFound(
                "This is not a valid tracking code: check each character (codes have 13, without 0, 1, O or I)."));
    }

    private static ApiException unknown() {
        return ApiException.notFound("No complaint has this tracking code.");
    }
}
