package org.xinsheng.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.xinsheng.intake.Channel;
import org.xinsheng.intake.ComplaintRequest;
import org.xinsheng.intake.IntakeService;
import org.xinsheng.nlp.Analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Files a confirmed conversation through intake, like any other channel. The Idempotency-Key is derived from the
 * session and its round, so a confirmation retried, double-clicked or replayed on another node files once.
 */
@Singleton
public class ChatFiling {

    private final IntakeService intake;
    private final JsonMapper json;

    public ChatFiling(IntakeService intake, JsonMapper json) {
        this.intake = intake;
        this.json = json;
    }

    public record Filed(String trackingCode, @Nullable String advice) {
    }

    public Filed file(String sessionId, Conversation c) {
        Analysis given = new Analysis(c.getStoryLanguage(), c.getWageArrears(), null, c.getSector(),
                c.getSectorConfidence(), c.getEmployer(), c.getAmountYuan(), c.getWorkers(), c.getTownship(),
                c.getAbsconded());
        ComplaintRequest request = new ComplaintRequest(c.getStory(), c.getPhone(), c.getName(), Channel.CHAT,
                c.getStoryLanguage(), given, saidUnknown(c));
        String answer = intake.file(request, key(sessionId, c.getRound()));
        try {
            JsonNode node = json.readValue(answer, JsonNode.class);
            JsonNode advice = node.get("advice");
            return new Filed(node.get("trackingCode").getStringValue(),
                    advice == null || !advice.isString() || advice.getStringValue().isBlank() ? null : advice.getStringValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The slots the worker was asked and left empty ("don't know"): intake must not fill them from the story. */
    static Set<String> saidUnknown(Conversation c) {
        Set<String> unknown = new HashSet<>();
        if (c.wasAsked(Step.EMPLOYER) && c.getEmployer() == null) {
            unknown.add("employer");
        }
        if (c.wasAsked(Step.AMOUNT) && c.getAmountYuan() == null) {
            unknown.add("amountYuan");
        }
        if (c.wasAsked(Step.WORKERS) && c.getWorkers() == null) {
            unknown.add("workers");
        }
        if (c.wasAsked(Step.TOWNSHIP) && c.getTownship() == null) {
            unknown.add("township");
        }
        return unknown;
    }

    static String key(String sessionId, int round) {
        return "chat-" + sessionId + "-" + round;
    }
}
