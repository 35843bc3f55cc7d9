package org.xinsheng.chat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.xinsheng.support.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated conversations, sensible and not: every turn answers 200 with something said and a known next step. */
class ChatProperties {

    private static final Set<String> STEPS = Set.of("story", "employer", "amount", "workers", "township", "phone",
            "name", "confirm", "done");

    private static EmbeddedServer server;
    private static HttpClient http;
    private static Api api;
    private static JsonMapper json;

    @BeforeContainer
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("xinsheng.demo", "false"), "test");
        http = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        json = server.getApplicationContext().getBean(JsonMapper.class);
        api = new Api(http.toBlocking(), json);
    }

    @AfterContainer
    static void stop() {
        http.close();
        server.close();
    }

    @Property(tries = 80)
    void everyTurnIsAnswered(@ForAll("languages") String language, @ForAll("conversations") List<String> texts) {
        Api.Reply reply = api.postJson("/api/v1/chat/sessions", "{\"language\":\"" + language + "\"}", null);
        String uri = "/api/v1/chat/sessions/" + reply.json().get("sessionId").getStringValue() + "/messages";
        for (String text : texts) {
            reply = api.postJson(uri, body(text), null);
            assertEquals(200, reply.status(), text + " -> " + reply.body());
            assertTrue(STEPS.contains(reply.json().get("expecting").getStringValue()), reply.body());
            assertTrue(reply.json().get("messages").size() > 0, reply.body());
        }
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("zh", "bo");
    }

    @Provide
    Arbitrary<List<String>> conversations() {
        Arbitrary<String> known = Arbitraries.of("老板欠我们工资", "ལས་བདག་གིས་ང་ཚོར་གླ་ཕོགས་སྤྲད་མེད།", "13800138000",
                "#yes", "#no", "#skip", "#unknown", "#restart", "#edit:amount", "#edit:nothing", "#lang:bo", "#lang:zh",
                "不知道", "མི་ཤེས།", "三万五", "ཁྲི་གསུམ", "༣༠༠༠", "langmusi", "金额不对，是两万八", "不是欠薪", "是欠薪",
                "help", "重新开始", "傻逼", "对", "ལགས་སོ།", "0", "-5", "99999999999999999999", "1e400", "#", "##edit:",
                "人数不对", "ཁ་པར་ཨང་གྲངས་ནོར་འདུག");
        Arbitrary<String> noise = Arbitraries.strings().ofMinLength(1).ofMaxLength(60)
                .withCharRange('\u0000', '\u00ff').withCharRange('\u0f00', '\u0fff').withCharRange('\u4e00', '\u4e2f')
                .withChars('#', ':', '，', '。', '\ud83d', '\ude00')
                .filter(s -> !s.isBlank());
        return Arbitraries.oneOf(known, known, noise).list().ofMinSize(1).ofMaxSize(12);
    }

    private static String body(String text) {
        try {
            return json.writeValueAsString(Map.of("text", text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
