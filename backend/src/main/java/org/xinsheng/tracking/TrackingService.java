package org.xinsheng.tracking;

import jakarta.inject.Singleton;
import org.xinsheng.cases.CaseAssignmentRepository;
import org.xinsheng.cases.CaseEventRepository;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.web.ApiException;

import java.util.List;

@Singleton
public class TrackingService {

    private final ComplaintRepository complaints;
    private final CaseEventRepository events;
    private final CaseAssignmentRepository assignments;
    private final Jurisdiction jurisdiction;

    public TrackingService(ComplaintRepository complaints, CaseEventRepository events,
                           CaseAssignmentRepository assignments, Jurisdiction jurisdiction) {
        this.complaints = complaints;
        this.events = events;
        this.assignments = assignments;
        this.jurisdiction = jurisdiction;
    }

    /** The complaint for a typed code, or 404 for a malformed or unknown one. */
    public Complaint find(String typedCode) {
        String code = TrackingCodes.parse(typedCode).orElseThrow(() -> ApiException.notFound(
                "This is not a valid tracking code: check each character (codes have 13, without 0, 1, O or I)."));
        return complaints.findByTrackingCode(code)
                .orElseThrow(() -> ApiException.notFound("No complaint has this tracking code."));
    }

    /** Units (never people) and the timeline's public sentences (never staff notes, names or phone numbers). */
    public PublicComplaintView publicView(String typedCode) {
        Complaint complaint = find(typedCode);
        List<PublicComplaintView.UnitRole> units = assignments.findByComplaintIdOrderById(complaint.id()).stream()
                .map(a -> new PublicComplaintView.UnitRole(a.unit(), jurisdiction.unitName(a.unit(), "zh"), a.role()))
                .toList();
        List<PublicComplaintView.Step> timeline = events.findByComplaintIdOrderById(complaint.id()).stream()
                .filter(e -> !"note".equals(e.action()))
                .map(e -> new PublicComplaintView.Step(e.at(), e.status(), e.publicNote()))
                .toList();
        return new PublicComplaintView(TrackingCodes.format(complaint.trackingCode()), complaint.status(),
                complaint.createdAt(), units, timeline);
    }
}
