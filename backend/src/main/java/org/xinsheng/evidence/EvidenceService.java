package org.xinsheng.evidence;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.xinsheng.cases.AuditEvent;
import org.xinsheng.cases.AuditRepository;
import org.xinsheng.web.ApiException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Adds evidence photos to a complaint (checked by type, bytes and pixels, decoded and stored re-encoded as JPEG by
 * {@link PhotoCleaner}; at most 3) and reads them back for handlers.
 */
@Singleton
public class EvidenceService {

    public static final int MAX_PHOTOS = 3;

    private final EvidenceRepository photos;
    private final AuditRepository audit;
    private final TransactionOperations<Connection> transactions;
    private final int maxBytes;
    private final PhotoCleaner cleaner;

    public EvidenceService(EvidenceRepository photos, AuditRepository audit,
                           TransactionOperations<Connection> transactions, PhotoCleaner cleaner,
                           @Value("${xinsheng.evidence.max-bytes:3145728}") int maxBytes) {
        this.photos = photos;
        this.audit = audit;
        this.transactions = transactions;
        this.maxBytes = maxBytes;
        this.cleaner = cleaner;
    }

    public EvidenceRepository.Listed add(Long complaintId, byte[] bytes, String uploadedBy) {
        if (bytes.length == 0) {
            throw ApiException.invalid(java.util.Map.of("photo", "is empty"));
        }
        if (bytes.length > maxBytes) {
            throw new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "photo_too_large", String.format(Locale.ROOT,
                    "The photo is %.1f MB; at most %.1f MB is taken. Take it again at a lower resolution.",
                    bytes.length / 1048576.0, maxBytes / 1048576.0));
        }
        ImageTypes.detect(bytes).orElseThrow(() -> new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "not_an_image", "The file is not a photo: only JPEG and PNG images are taken."));
        byte[] stored = cleaner.clean(bytes);
        String type = PhotoCleaner.STORED_TYPE;
        return transactions.executeWrite(status -> {
            photos.lockCase(complaintId);
            if (photos.countByComplaintId(complaintId) >= MAX_PHOTOS) {
                throw new ApiException(HttpStatus.CONFLICT, "too_many_photos",
                        "This complaint already has " + MAX_PHOTOS + " photos; no more can be added.");
            }
            EvidencePhoto saved = photos.save(new EvidencePhoto(null, complaintId, type, stored.length, sha256(stored),
                    stored, uploadedBy, Instant.now()));
            return new EvidenceRepository.Listed(saved.id(), type, stored.length, saved.createdAt());
        });
    }

    public List<EvidenceRepository.Listed> list(Long complaintId) {
        return photos.listByComplaintId(complaintId);
    }

    public EvidencePhoto read(Long complaintId, Long photoId, String viewer) {
        EvidencePhoto photo = photos.findByIdAndComplaintId(photoId, complaintId)
                .orElseThrow(() -> ApiException.notFound("This case has no photo with this id."));
        audit.save(new AuditEvent(null, Instant.now(), viewer, "view_evidence", complaintId, "photo " + photoId));
        return photo;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
