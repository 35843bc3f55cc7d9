package org.xinsheng.intake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import org.xinsheng.nlp.Analysis;

import java.time.Instant;

/** A complaint as stored. Name and phone are private: only staff who work the case see them. */
@MappedEntity("complaint")
public record Complaint(
        @Id @GeneratedValue @Nullable Long id,
        String trackingCode,
        String channel,
        @MappedProperty("lang") String language,
        String status,
        @MappedProperty("story") String text,
        @Nullable String complainantName,
        String complainantPhone,
        @Nullable Boolean wageArrears,
        @Nullable Double wageConfidence,
        @Nullable String sector,
        @Nullable Double sectorConfidence,
        @Nullable String employer,
        @Nullable Long amountYuan,
        @Nullable Integer workers,
        @Nullable String township,
        @Nullable Boolean absconded,
        Instant createdAt,
        Instant updatedAt) {

    public Analysis analysis() {
        return new Analysis(language, wageArrears, wageConfidence, sector, sectorConfidence, employer, amountYuan, workers,
                township, absconded);
    }

    @Override
    public String toString() {
        return "Complaint[" + trackingCode + ", " + channel + ", " + status + ", phone " + PhoneNumbers.mask(complainantPhone) + "]";
    }
}
