package org.xinsheng.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.xinsheng.nlp.Analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a conversation has gathered, stored as JSON between turns. {@code asked} lists the slots already put to
 * the worker: a slot answered "I don't know" stays empty and is not asked again. {@code round} counts filings
 * started over with "restart" after a complaint was filed, so each round has its own idempotency key.
 */
@Serdeable
public class Conversation {

    private String language = "zh";
    private String expecting = Step.STORY.key();
    @Nullable private String story;
    @Nullable private String storyLanguage;
    @Nullable private Boolean wageArrears;
    @Nullable private String sector;
    @Nullable private Double sectorConfidence;
    @Nullable private Boolean absconded;
    @Nullable private String employer;
    @Nullable private Long amountYuan;
    @Nullable private Integer workers;
    @Nullable private String township;
    @Nullable private String phone;
    @Nullable private String name;
    private List<String> asked = new ArrayList<>();
    private int retries;
    private int round;
    @Nullable private String trackingCode;
    @Nullable private String advice;

    public static Conversation start(String language) {
        Conversation c = new Conversation();
        c.setLanguage(language);
        return c;
    }

    /** Forgets the complaint, keeps the language and the round. */
    void reset() {
        Conversation fresh = start(language);
        fresh.round = trackingCode == null ? round : round + 1;
        copyFrom(fresh);
    }

    private void copyFrom(Conversation o) {
        expecting = o.expecting;
        story = o.story;
        storyLanguage = o.storyLanguage;
        wageArrears = o.wageArrears;
        sector = o.sector;
        sectorConfidence = o.sectorConfidence;
        absconded = o.absconded;
        employer = o.employer;
        amountYuan = o.amountYuan;
        workers = o.workers;
        township = o.township;
        phone = o.phone;
        name = o.name;
        asked = new ArrayList<>(o.asked);
        retries = o.retries;
        round = o.round;
        trackingCode = o.trackingCode;
        advice = o.advice;
    }

    void takeStory(String text, Analysis analysis) {
        story = text;
        storyLanguage = analysis.language();
        wageArrears = analysis.wageArrears();
        sector = analysis.sector();
        sectorConfidence = analysis.sectorConfidence();
        absconded = analysis.absconded();
        employer = analysis.employer();
        amountYuan = analysis.amountYuan();
        workers = analysis.workers();
        township = analysis.township();
    }

    boolean isWage() {
        return !Boolean.FALSE.equals(wageArrears);
    }

    Step step() {
        return Step.of(expecting).orElse(Step.STORY);
    }

    void step(Step step) {
        if (step != step()) {
            retries = 0;
        }
        expecting = step.key();
    }

    boolean wasAsked(Step slot) {
        return asked.contains(slot.key());
    }

    void markAsked(Step slot) {
        if (!asked.contains(slot.key())) {
            asked.add(slot.key());
        }
    }

    /** The slot the worker answered most recently, or null before the first answer. */
    @Nullable
    Step lastAnswered() {
        return asked.isEmpty() ? null : Step.of(asked.get(asked.size() - 1)).orElse(null);
    }

    void unmarkAsked(Step slot) {
        asked.remove(slot.key());
    }

    /** The value a slot holds, or null when it is empty. */
    @Nullable
    Object value(Step slot) {
        return switch (slot) {
            case EMPLOYER -> employer;
            case AMOUNT -> amountYuan;
            case WORKERS -> workers;
            case TOWNSHIP -> township;
            case PHONE -> phone;
            case NAME -> name;
            default -> null;
        };
    }

    void set(Step slot, @Nullable Object value) {
        switch (slot) {
            case EMPLOYER -> employer = (String) value;
            case AMOUNT -> amountYuan = (Long) value;
            case WORKERS -> workers = (Integer) value;
            case TOWNSHIP -> township = (String) value;
            case PHONE -> phone = (String) value;
            case NAME -> name = (String) value;
            default -> throw new IllegalArgumentException(slot.key());
        }
    }

    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getExpecting() { return expecting; }
    public void setExpecting(String expecting) { this.expecting = expecting; }
    @Nullable public String getStory() { return story; }
    public void setStory(@Nullable String story) { this.story = story; }
    @Nullable public String getStoryLanguage() { return storyLanguage; }
    public void setStoryLanguage(@Nullable String storyLanguage) { this.storyLanguage = storyLanguage; }
    @Nullable public Boolean getWageArrears() { return wageArrears; }
    public void setWageArrears(@Nullable Boolean wageArrears) { this.wageArrears = wageArrears; }
    @Nullable public String getSector() { return sector; }
    public void setSector(@Nullable String sector) { this.sector = sector; }
    @Nullable public Double getSectorConfidence() { return sectorConfidence; }
    public void setSectorConfidence(@Nullable Double sectorConfidence) { this.sectorConfidence = sectorConfidence; }
    @Nullable public Boolean getAbsconded() { return absconded; }
    public void setAbsconded(@Nullable Boolean absconded) { this.absconded = absconded; }
    @Nullable public String getEmployer() { return employer; }
    public void setEmployer(@Nullable String employer) { this.employer = employer; }
    @Nullable public Long getAmountYuan() { return amountYuan; }
    public void setAmountYuan(@Nullable Long amountYuan) { this.amountYuan = amountYuan; }
    @Nullable public Integer getWorkers() { return workers; }
    public void setWorkers(@Nullable Integer workers) { this.workers = workers; }
    @Nullable public String getTownship() { return township; }
    public void setTownship(@Nullable String township) { this.township = township; }
    @Nullable public String getPhone() { return phone; }
    public void setPhone(@Nullable String phone) { this.phone = phone; }
    @Nullable public String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public List<String> getAsked() { return asked; }
    public void setAsked(List<String> asked) { this.asked = asked == null ? new ArrayList<>() : new ArrayList<>(asked); }
    public int getRetries() { return retries; }
    public void setRetries(int retries) { this.retries = retries; }
    public int getRound() { return round; }
    public void setRound(int round) { this.round = round; }
    @Nullable public String getTrackingCode() { return trackingCode; }
    public void setTrackingCode(@Nullable String trackingCode) { this.trackingCode = trackingCode; }
    @Nullable public String getAdvice() { return advice; }
    public void setAdvice(@Nullable String advice) { this.advice = advice; }
}
