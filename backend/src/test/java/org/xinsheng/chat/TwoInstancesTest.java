package org.xinsheng.chat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.xinsheng.support.Api;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two application instances on one database: a conversation moves between them turn by turn. */
class TwoInstancesTest {

    @Test
    void aConversationStartedOnOneInstanceContinuesOnTheOther() {
        Map<String, Object> config = Map.of("micronaut.server.port", -1);
        try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, config, "test");
             EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, config, "test");
             HttpClient clientA = HttpClient.create(a.getURL());
             HttpClient clientB = HttpClient.create(b.getURL())) {
            JsonMapper json = a.getApplicationContext().getBean(JsonMapper.class);
            Api onA = new Api(clientA.toBlocking(), json);
            Api onB = new Api(clientB.toBlocking(), json);

            Api.Reply reply = onA.postJson("/api/v1/chat/sessions", "{\"language\":\"bo\"}", null);
            String id = reply.json().get("sessionId").getStringValue();
            String uri = "/api/v1/chat/sessions/" + id + "/messages";

            reply = onB.postJson(uri, "{\"text\":\"ལས་བདག་གིས་ང་ཚོར་གླ་ཕོགས་སྤྲད་མེད།\"}", null);
            assertEquals("employer", reply.json().get("expecting").getStringValue(), reply.body());
            reply = onA.postJson(uri, "{\"text\":\"བདག་པོ་བློ་བཟང\"}", null);
            assertEquals("amount", reply.json().get("expecting").getStringValue());
            reply = onB.postJson(uri, "{\"text\":\"ཁྲི་གསུམ\"}", null);
            assertEquals("workers", reply.json().get("expecting").getStringValue());
            reply = onA.postJson(uri, "{\"text\":\"中文\"}", null);
            assertEquals("zh", reply.json().get("language").getStringValue());
            reply = onB.postJson(uri, "{\"text\":\"5\"}", null);
            assertEquals("zh", reply.json().get("language").getStringValue(), "the switch made on A holds on B");
            assertEquals("township", reply.json().get("expecting").getStringValue());
            onA.postJson(uri, "{\"text\":\"xicang\"}", null);
            onB.postJson(uri, "{\"text\":\"13800138000\"}", null);
            reply = onA.postJson(uri, "{\"text\":\"#skip\"}", null);
            assertEquals("confirm", reply.json().get("expecting").getStringValue());
            assertTrue(reply.body().contains("30,000"), reply.body());

            String onBCode = onB.postJson(uri, "{\"text\":\"#yes\"}", null).json().get("trackingCode").getStringValue();
            Api.Reply resumedOnA = onA.get("/api/v1/chat/sessions/" + id);
            assertEquals("done", resumedOnA.json().get("expecting").getStringValue());
            assertEquals(onBCode, resumedOnA.json().get("trackingCode").getStringValue());
            assertEquals(onBCode, onA.postJson(uri, "{\"text\":\"#yes\"}", null).json().get("trackingCode").getStringValue());
        }
    }
}
