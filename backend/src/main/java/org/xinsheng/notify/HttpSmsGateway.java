package org.xinsheng.notify;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Sends through an HTTP SMS gateway (XINSHENG_SMS_URL): POST {"id","to","text"} as JSON, with a bearer token when
 * XINSHENG_SMS_TOKEN is set; any 2xx answer counts as sent. {@code id} is the outbox id: a message may be posted
 * twice after a crash, and a gateway that remembers ids can drop the repeat.
 */
@Singleton
@Requires(property = "xinsheng.sms.url")
public class HttpSmsGateway implements SmsGateway {

    private final URI url;
    private final String token;
    private final JsonMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpSmsGateway(@Value("${xinsheng.sms.url}") String url, @Nullable @Value("${xinsheng.sms.token:}") String token,
                          JsonMapper json) {
        this.url = URI.create(url);
        this.token = token;
        this.json = json;
    }

    @Override
    public void send(Sms sms) throws SmsException {
        try {
            byte[] body = json.writeValueAsBytes(Map.of("id", sms.id(), "to", sms.phone(), "text", sms.text()));
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (token != null && !token.isBlank()) {
                request.header("Authorization", "Bearer " + token);
            }
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new SmsException("gateway answered " + status);
            }
        } catch (IOException e) {
            throw new SmsException("gateway unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsException("interrupted");
        }
    }
}
