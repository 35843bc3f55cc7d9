package org.xinsheng.chat;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.xinsheng.db.RetryOnConflict;
import org.xinsheng.metrics.XinshengMetrics;
import org.xinsheng.web.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Conversations kept in the database, not in memory: each turn locks the session row, runs the dialogue, files
 * the complaint if confirmed and saves the new state in one transaction, so any node can take any turn and two
 * clicks of the same button are answered one after the other.
 */
@Singleton
public class ChatService {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChatSessionRepository sessions;
    private final Dialogue dialogue;
    private final Prompts prompts;
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;
    private final Duration expireAfter;

    @Inject // metrics only; kept out of the constructor
    XinshengMetrics metrics;

    public ChatService(ChatSessionRepository sessions, Dialogue dialogue, Prompts prompts,
                       TransactionOperations<Connection> transactions, JsonMapper json,
                       @Value("${xinsheng.chat.expire-after:7d}") Duration expireAfter) {
        this.sessions = sessions;
        this.dialogue = dialogue;
        this.prompts = prompts;
        this.transactions = transactions;
        this.json = json;
        this.expireAfter = expireAfter;
    }

    public ChatReply start(String language) {
        String id = HexFormat.of().formatHex(randomBytes());
        Conversation c = Conversation.start(language);
        List<String> said = dialogue.opening(c);
        Instant now = Instant.now();
        sessions.save(new ChatSession(id, c.getLanguage(), c.getExpecting(), toJson(c), null, now, now));
        return reply(id, c, said);
    }

    @RetryOnConflict
    public ChatReply say(String id, String text) {
        return transactions.executeWrite(status -> {
            ChatSession row = live(sessions.findByIdForUpdate(checked(id)).orElseThrow(ChatService::notFound));
            Conversation c = fromJson(row.state());
            List<String> said = dialogue.turn(id, c, text);
            metrics.chatTurn(c.getLanguage());
            sessions.update(new ChatSession(id, c.getLanguage(), c.getExpecting(), toJson(c),
                    c.getTrackingCode() == null ? null : c.getTrackingCode().replace("-", ""),
                    row.createdAt(), Instant.now()));
            return reply(id, c, said);
        });
    }

    /** For a worker coming back: where the conversation stands, asked again. Does not count as activity. */
    public ChatReply resume(String id) {
        ChatSession row = live(sessions.findById(checked(id)).orElseThrow(ChatService::notFound));
        Conversation c = fromJson(row.state());
        return reply(id, c, dialogue.resume(c));
    }

    /** Forgets conversations idle longer than the expiry; their state holds a phone number. */
    public long purgeExpired() {
        return sessions.deleteByUpdatedAtLessThan(Instant.now().minus(expireAfter));
    }

    private ChatSession live(ChatSession row) {
        if (row.updatedAt().isBefore(Instant.now().minus(expireAfter))) {
            throw new ApiException(HttpStatus.GONE, "session_expired",
                    "This conversation was idle too long and has expired; start a new one.");
        }
        return row;
    }

    private ChatReply reply(String id, Conversation c, List<String> said) {
        return new ChatReply(id, c.getLanguage(), said.stream().map(ChatReply.Message::new).toList(),
                c.getExpecting(), prompts.quickReplies(c), c.getTrackingCode());
    }

    private static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw notFound();
        }
        return id;
    }

    private static ApiException notFound() {
        return ApiException.notFound("There is no conversation with this id.");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private String toJson(Conversation c) {
        try {
            return json.writeValueAsString(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Conversation fromJson(String state) {
        try {
            return json.readValue(state, Conversation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
