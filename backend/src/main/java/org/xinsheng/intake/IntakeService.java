package org.xinsheng.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.cases.CaseEvent;
import org.xinsheng.cases.CaseOpener;
import org.xinsheng.cases.CaseStatus;
import org.xinsheng.db.RetryOnConflict;
import org.xinsheng.db.WriteConflicts;
import org.xinsheng.employers.EmployerLinks;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.metrics.XinshengMetrics;
import org.xinsheng.nlp.Analyzer;
import org.xinsheng.notify.Notifier;
import org.xinsheng.routing.Router;
import org.xinsheng.routing.Routing;
import org.xinsheng.web.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Files complaints. The complaint, its first timeline event and the idempotency record are written in one
 * transaction, so a complaint that was answered with a tracking code is stored, and a retry with the same
 * Idempotency-Key gets the first answer back, byte for byte, instead of a second complaint.
 */
@Singleton
public class IntakeService {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeService.class);

    private final ComplaintRepository complaints;
    private final IdempotencyRepository idempotency;
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;
    private final CaseOpener cases;
    private final Analyzer analyzer;
    private final Notifier notifier;
    private final EmployerLinks employers;
    private final PublicHints hints;
    private final NextSteps nextSteps;
    @Inject // metrics only; kept out of the constructor
    XinshengMetrics metrics;

    public IntakeService(ComplaintRepository complaints, IdempotencyRepository idempotency,
                         TransactionOperations<Connection> transactions, JsonMapper json, CaseOpener cases,
                         Analyzer analyzer, Notifier notifier, EmployerLinks employers, PublicHints hints,
                         NextSteps nextSteps) {
        this.nextSteps = nextSteps;
        this.hints = hints;
        this.cases = cases;
        this.analyzer = analyzer;
        this.employers = employers;
        this.notifier = notifier;
        this.complaints = complaints;
        this.idempotency = idempotency;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * Files the complaint and returns the JSON answer; with a key, files it at most once. On the embedded database the
     * answer leaves only once the complaint and its idempotency record are in the file (AcknowledgedWrites).
     */
    @RetryOnConflict
    public String file(ComplaintRequest request, @Nullable String idempotencyKey) {
        if (idempotencyKey == null) {
            PublicHints.Reading analysis = read(request);
            return logged(transactions.executeWrite(status -> create(request, analysis, null, null)));
        }
        String hash = hash(request);
        Optional<String> earlier = replay(idempotencyKey, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        PublicHints.Reading analysis = read(request);
        try {
            return logged(transactions.executeWrite(status -> create(request, analysis, idempotencyKey, hash)));
        } catch (DataAccessException e) {
            if (WriteConflicts.isConflict(e)) {
                throw e; // nothing was stored: the whole filing runs again (RetryOnConflict)
            }
            // A twin request with the same key committed first (the key is the primary key): answer as it did.
            return replay(idempotencyKey, hash).orElseThrow(() -> new ApiException(HttpStatus.CONFLICT,
                    "request_in_progress", "A request with this Idempotency-Key is still being processed; retry shortly."));
        }
    }

    private Optional<String> replay(String key, String hash) {
        return idempotency.findById(key).map(record -> {
            if (!record.requestHash().equals(hash)) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency_key_reused",
                        "This Idempotency-Key was already used for a different complaint; use a new key for a new complaint.");
            }
            if (record.responseBody() == null) {
                throw new ApiException(HttpStatus.CONFLICT, "request_in_progress",
                        "A request with this Idempotency-Key is still being processed; retry shortly.");
            }
            return record.responseBody();
        });
    }

    /**
     * What the analyzer reads in the text, overridden by whatever a hotline operator or import set (their answer on
     * wages is certain); an anonymous filer's fields are hints, weighed against the analyzer's reading
     * ({@link PublicHints}), and the wage confidence stays the analyzer's, so a filer's "not wages" alone never
     * sends a complaint away.
     */
    private PublicHints.Reading read(ComplaintRequest request) {
        Analysis read = metrics.analyzed("filing", () -> analyzer.analyze(request.text()))
                .without(request.saidUnknown());
        if (request.channel().staff()) {
            return PublicHints.Reading.trusted(Router.personsWord(read.overriddenBy(request.given()), request.given()));
        }
        PublicHints.Reading hinted = hints.weigh(read, request.given());
        return new PublicHints.Reading(hinted.analysis().withWageConfidence(read.wageConfidence()),
                hinted.forRouting().withWageConfidence(read.wageConfidence()), hinted.flags());
    }

    /** Logs a filing once it is committed (outside the transaction, so the connection is not held for the log). */
    private String logged(Filed filed) {
        LOG.info("Filed {} via {} from {}", filed.complaint().trackingCode(), filed.complaint().channel(),
                PhoneNumbers.mask(filed.complaint().complainantPhone()));
        metrics.filed(filed.complaint().channel(), filed.complaint().language());
        return filed.body();
    }

    private record Filed(Complaint complaint, String body) {
    }

    /**
     * Writes the filing: idempotency record, complaint, employer link, case file, assignments and timeline (one
     * statement each), the SMS outbox row and the idempotency answer; all in the caller's transaction.
     */
    private Filed create(ComplaintRequest request, PublicHints.Reading reading, @Nullable String key,
                         @Nullable String hash) {
        Analysis analysis = reading.analysis();
        Instant now = Instant.now();
        if (key != null) {
            idempotency.save(new IdempotencyRecord(key, hash, null, null, now));
        }
        String language = analysis.language();
        // Every complaint is registered (首问负责制); routing decides where it goes and its first status.
        Routing routing = cases.route(reading.forRouting(), request.text());
        Complaint complaint = complaints.save(new Complaint(null, TrackingCodes.generate(), request.channel().key(),
                language, routing.status(), request.text(), request.name(), request.phone(),
                analysis.wageArrears(), analysis.wageConfidence(), analysis.sector(), analysis.sectorConfidence(), analysis.employer(),
                analysis.amountYuan(), analysis.workers(), analysis.township(), analysis.absconded(), now, now));
        // Repeat-employer flag and group complaints, known before the case file is written with the flag.
        boolean repeat = employers.link(complaint, now);
        cases.openFiled(complaint, routing, request.channel() == Channel.IMPORT, now,
                extraFlags(repeat, reading),
                CaseEvent.of(complaint.id(), now, CaseStatus.REGISTERED.key(), "register", "intake", null, null));
        notifier.filed(complaint, now); // the worker's SMS with the tracking code, committed with the complaint
        FiledComplaint answer = new FiledComplaint(TrackingCodes.format(complaint.trackingCode()), complaint.status(),
                complaint.analysis(), routing.assignments(), routing.flags(), routing.advice(), nextSteps.plan(routing));
        String body = toJson(answer);
        if (key != null) {
            idempotency.updateResponse(key, complaint.id(), body);
        }
        return new Filed(complaint, body);
    }

    private static List<String> extraFlags(boolean repeat, PublicHints.Reading reading) {
        List<String> flags = new ArrayList<>(reading.flags());
        if (repeat) {
            flags.add(EmployerLinks.FLAG_REPEAT);
        }
        return flags;
    }

    private String hash(ComplaintRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
