package org.xinsheng.chat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.xinsheng.support.Api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Chat-turn latency, printed rather than asserted (timings on shared machines are not a test):
 * mvn verify -pl backend -am -Dskip.npm -Dexec.skip -Dxinsheng.skipMariadb=true -Dxinsheng.bench=true
 * -Dtest=ChatTurnLatencyTest. "service" is the server-side turn (lock, dialogue, analyzer, filing, save);
 * "http" adds the embedded server and an in-process client.
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "xinsheng.bench", matches = "true")
class ChatTurnLatencyTest {

    @Inject
    Api api;

    private static final List<String> ZH = List.of("老板欠我们工资", "包工头王五", "三万五", "十二个人", "郎木寺",
            "13800138000", "#skip", "金额不对，是两万八", "#yes");
    private static final List<String> BO = List.of("ལས་བདག་གིས་ང་ཚོར་གླ་ཕོགས་སྤྲད་མེད།", "བདག་པོ་བློ་བཟང", "ཁྲི་གསུམ",
            "མི་བདུན", "སྟག་ཚང་ལྷ་མོ", "༡༣༨༠༠༡༣༨༡༠༡", "མི་དགོས།", "དངུལ་གྲངས་ནོར་འདུག ཁྲི་གཉིས་སྟོང་བརྒྱད་རེད།", "#yes");

    @Inject
    ChatService chats;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    JsonMapper json;

    @Test
    void printTurnLatency() throws Exception {
        int conversations = Integer.getInteger("xinsheng.bench.conversations", 200);
        for (int i = 0; i < 20; i++) { // warm-up: JIT, analyzer models, connection pool
            service(i % 2 == 0 ? "zh" : "bo", new ArrayList<>());
        }
        List<Long> service = new ArrayList<>();
        List<Long> overHttp = new ArrayList<>();
        for (int i = 0; i < conversations; i++) {
            service(i % 2 == 0 ? "zh" : "bo", service);
            http(i % 2 == 0 ? "zh" : "bo", overHttp);
        }
        System.out.println("chat turn latency, service: " + summary(service));
        System.out.println("chat turn latency, http:    " + summary(overHttp));
    }

    private void service(String language, List<Long> nanos) {
        String id = chats.start(language).sessionId();
        for (String text : language.equals("zh") ? ZH : BO) {
            long start = System.nanoTime();
            chats.say(id, text);
            nanos.add(System.nanoTime() - start);
        }
    }

    private void http(String language, List<Long> nanos) throws Exception {
        String id = api.postJson("/api/v1/chat/sessions", "{\"language\":\"" + language + "\"}", null)
                .json().get("sessionId").getStringValue();
        for (String text : language.equals("zh") ? ZH : BO) {
            String body = json.writeValueAsString(Map.of("text", text));
            long start = System.nanoTime();
            api.postJson("/api/v1/chat/sessions/" + id + "/messages", body, null);
            nanos.add(System.nanoTime() - start);
        }
    }

    private static String summary(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("%d turns, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.size(),
                ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
