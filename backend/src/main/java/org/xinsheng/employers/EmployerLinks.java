package org.xinsheng.employers;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.xinsheng.cases.CaseFile;
import org.xinsheng.cases.CaseFileRepository;
import org.xinsheng.intake.Complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * At filing, in the filing's transaction: records the complaint under its normalised employer, flags it
 * {@code repeat_employer} when that employer now has 3 or more complaints, and links it into a group with the
 * complaints against the same employer in the same township within 30 days (an existing group is joined; groups
 * that the new complaint bridges are merged into the oldest). Each complaint keeps its own code, claim and status.
 */
@Singleton
public class EmployerLinks {

    public static final String FLAG_REPEAT = "repeat_employer";

    private final EmployerLinkRepository links;
    private final CaseFileRepository files;
    private final long repeatAt;
    private final Duration groupWindow;

    public EmployerLinks(EmployerLinkRepository links, CaseFileRepository files,
                         @Value("${xinsheng.employers.repeat-at:3}") long repeatAt,
                         @Value("${xinsheng.employers.group-window:30d}") Duration groupWindow) {
        this.links = links;
        this.files = files;
        this.repeatAt = repeatAt;
        this.groupWindow = groupWindow;
    }

    public void record(Complaint complaint, Instant now) {
        if (link(complaint, now)) {
            files.findById(complaint.id()).ifPresent(f -> files.update(flagged(f)));
        }
    }

    /**
     * Records the complaint under its employer and links it into its group, like {@link #record}, but leaves the case
     * file alone: answers whether the complaint must carry {@link #FLAG_REPEAT}, so a filing whose case file is not
     * yet written can write it with the flag in one statement.
     */
    public boolean link(Complaint complaint, Instant now) {
        Optional<String> key = EmployerNames.key(complaint.employer());
        if (key.isEmpty()) {
            return false;
        }
        // Only the group roots are read, not every member: a big group costs no more to join than a small one.
        List<Long> roots = complaint.township() == null ? List.of()
                : links.groupRootsNear(key.get(), complaint.township(), now.minus(groupWindow));
        Long group = roots.stream().min(Long::compare).orElse(null);
        links.save(new EmployerLink(complaint.id(), key.get(), complaint.employer(), complaint.township(), now, group,
                complaint.status())); // counted in the employer tally by EmployerTally.Links
        if (group != null) {
            joinInto(group, roots);
        }
        return links.countByEmployerKey(key.get()) >= repeatAt;
    }

    /**
     * Writes group rows only when they change: joining one existing group changes nothing but the new row, so
     * nothing else is written (an UPDATE that matches no row still locks what it reads, and on a Galera cluster every
     * filing against a busy employer would then conflict with the others).
     */
    private void joinInto(Long group, List<Long> roots) {
        if (roots.size() > 1) {
            links.moveGroupsInto(group, roots);
            links.moveRootsInto(group, roots);
        } else if (links.findById(group).map(root -> root.groupId() == null).orElse(false)) {
            links.moveRootsInto(group, roots); // a lone complaint becomes the root of the new group
        }
    }

    private static CaseFile flagged(CaseFile f) {
        if (f.has(FLAG_REPEAT)) {
            return f;
        }
        List<String> flags = new ArrayList<>(f.flagList());
        flags.add(FLAG_REPEAT);
        return f.withFlags(flags);
    }

    /** The group a complaint belongs to: its id and all members' complaint ids, oldest first. */
    public Optional<List<Long>> group(Long complaintId) {
        return links.findById(complaintId).filter(l -> l.groupId() != null)
                .map(l -> links.findByGroupIdOrderByComplaintId(l.groupId()).stream()
                        .map(EmployerLink::complaintId).toList());
    }

    public Optional<Long> groupId(Long complaintId) {
        return links.findById(complaintId).map(EmployerLink::groupId);
    }
}
