package org.xinsheng.chat;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.xinsheng.web.ErrorAnswers;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.xinsheng.nlp.Analysis;
import org.xinsheng.ratelimit.Bucket;
import org.xinsheng.ratelimit.RateLimited;
import org.xinsheng.web.JsonBody;

import java.util.Set;

/**
 * The guided chat: start a conversation, send the worker's messages, and fetch where a conversation stands to resume
 * it. Session ids are unguessable: whoever holds one may continue that conversation.
 */
@Controller("/api/v1/chat/sessions")
@ErrorAnswers
@ExecuteOn(TaskExecutors.BLOCKING)
public class ChatController {

    private final ChatService chats;
    private final JsonMapper json;
    private final int maxTextLength;

    public ChatController(ChatService chats, JsonMapper json,
                          @Value("${xinsheng.chat.max-text-length:2000}") int maxTextLength) {
        this.chats = chats;
        this.json = json;
        this.maxTextLength = maxTextLength;
    }

    @RateLimited(Bucket.CHAT)
    @ApiResponse(responseCode = "201", description = "Conversation started",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChatReply.class)))
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<ChatReply> start(@RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/ChatStart"))) @Nullable @Body String body) {
        JsonBody in = JsonBody.parse(json, body == null || body.isEmpty() ? "{}" : body);
        in.onlyFields(Set.of("language"));
        String language = in.oneOf("language", Analysis.LANGUAGES).orElse("zh");
        in.throwIfInvalid();
        return HttpResponse.created(chats.start(language));
    }

    @RateLimited(Bucket.CHAT)
    @Post(uri = "/{id}/messages", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public ChatReply say(String id, @RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(ref = "#/components/schemas/TextRequest"))) @Nullable @Body String body) {
        JsonBody in = JsonBody.parse(json, body);
        in.onlyFields(Set.of("text"));
        String text = in.requiredString("text", maxTextLength).orElse(null);
        in.throwIfInvalid();
        return chats.say(id, text);
    }

    @RateLimited(Bucket.CHAT)
    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    public ChatReply resume(String id) {
        return chats.resume(id);
    }
}
