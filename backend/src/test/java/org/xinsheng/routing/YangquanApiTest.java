package org.xinsheng.routing;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** XinSheng started for Yangquan: nothing of Luqu in what the public sees, Yangquan's districts and hotline instead. */
@MicronautTest(transactional = false)
@Property(name = "xinsheng.jurisdiction", value = "yangquan")
class YangquanApiTest {

    private static final List<String> LUQU = List.of("碌曲", "玛艾", "郎木寺", "0941", "ཀླུ་ཆུ");

    @Inject
    Api api;

    @Test
    void theJurisdictionIsYangquanInChineseOnly() {
        JsonNode body = api.get("/api/v1/jurisdiction").json();
        assertEquals("阳泉市", body.get("name").get("zh").getStringValue());
        assertEquals("0353-2296815", body.get("hotline").getStringValue());
        assertEquals(1, body.get("languages").size());
        assertEquals("盂县", body.get("townships").get(4).get("name").get("zh").getStringValue());
    }

    @Test
    void aComplaintInYuxianIsAnalysedAndRoutedThere() {
        Api.Reply analysis = api.postJson("/api/v1/analysis", "{\"text\":\"我在盂县一个工地干活，老板欠我八千\"}", null);
        assertEquals("yuxian", analysis.json().get("township").getStringValue(), analysis.body());
        String code = Api.code(api.file("{\"text\":\"我在盂县一个工地干活，老板欠我八千\",\"phone\":\"13800138000\",\"channel\":\"web\"}"));
        Api.Reply tracked = api.get("/api/v1/complaints/" + code);
        List<String> units = new ArrayList<>();
        tracked.json().get("assignments").values().forEach(a -> units.add(a.get("unit").getStringValue() + "=" + a.get("unitName").getStringValue()));
        assertTrue(units.contains("yuxian=盂县"), tracked.body());
        LUQU.forEach(word -> assertFalse(tracked.body().contains(word), tracked.body()));
    }

    @Test
    void theDemoComplaintsAreInYangquansOwnUnits() throws IOException {
        try (InputStream in = YangquanApiTest.class.getResourceAsStream("/demo/yangquan.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList()) {
                Api.Reply filed = api.file(line);
                assertEquals(201, filed.status(), filed.body());
            }
        }
    }

    @Test
    void theChatAsksForYangquansDistrictsAndGivesItsHotline() {
        Api.Reply reply = api.postJson("/api/v1/chat/sessions", "{\"language\":\"zh\"}", null);
        String id = reply.json().get("sessionId").getStringValue();
        assertTrue(buttons(reply).isEmpty() || !buttons(reply).containsValue("#lang:bo"), reply.body());
        StringBuilder said = new StringBuilder(reply.body());
        Map<String, String> answers = Map.of("employer", "#unknown", "amount", "30000", "workers", "3",
                "phone", "13800138000", "name", "#skip");
        reply = say(id, "老板欠我们工资一直不给");
        for (int turn = 0; turn < 8 && !"township".equals(expecting(reply)); turn++) {
            said.append(reply.body());
            reply = say(id, answers.getOrDefault(expecting(reply), "#unknown"));
        }
        assertEquals("township", expecting(reply), reply.body());
        assertTrue(reply.body().contains("阳泉市"), reply.body());
        Map<String, String> buttons = buttons(reply);
        assertEquals("yuxian", buttons.get("盂县"), reply.body());
        assertEquals(6, buttons.size(), reply.body());
        said.append(reply.body()).append(say(id, "#help").body());
        assertTrue(said.toString().contains("0353-2296815"), said.toString());
        LUQU.forEach(word -> assertFalse(said.toString().contains(word), word + " in " + said));
    }

    private Api.Reply say(String id, String text) {
        return api.postJson("/api/v1/chat/sessions/" + id + "/messages", "{\"text\":\"" + text + "\"}", null);
    }

    private static String expecting(Api.Reply reply) {
        return reply.json().get("expecting").getStringValue();
    }

    private static Map<String, String> buttons(Api.Reply reply) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        JsonNode quick = reply.json().get("quickReplies");
        if (quick != null) {
            quick.values().forEach(q -> out.put(q.get("label").getStringValue(), q.get("value").getStringValue()));
        }
        return out;
    }
}
