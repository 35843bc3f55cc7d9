package org.xinsheng.tracking;

import jakarta.inject.Singleton;
import org.xinsheng.cases.CaseEventRepository;
import org.xinsheng.intake.Complaint;
import org.xinsheng.intake.ComplaintRepository;
import org.xinsheng.intake.TrackingCodes;
import org.xinsheng.web.ApiException;

import java.util.List;

@Singleton
public class TrackingService {

    private final ComplaintRepository complaints;
    private final CaseEventRepository events;

    public TrackingService(ComplaintRepository complaints, CaseEventRepository events) {
        this.complaints = complaints;
        this.events = events;
    }

    public PublicComplaintView publicView(String typedCode) {
        String code = TrackingCodes.parse(typedCode).orElseThrow(() -> ApiException.notFound(
                "This is not a valid tracking code: check each character (codes have 13, without 0, 1, O or I)."));
        Complaint complaint = complaints.findByTrackingCode(code)
                .orElseThrow(() -> ApiException.notFound("No complaint has this tracking code."));
        List<PublicComplaintView.Step> timeline = events.findByComplaintIdOrderById(complaint.id()).stream()
                .map(e -> new PublicComplaintView.Step(e.at(), e.status(), e.note()))
                .toList();
        return new PublicComplaintView(TrackingCodes.format(code), complaint.status(), complaint.createdAt(),
                List.of(), timeline);
    }
}
