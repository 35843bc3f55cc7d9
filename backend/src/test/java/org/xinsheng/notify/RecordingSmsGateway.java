package org.xinsheng.notify;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** In tests: remembers every text sent; phones in {@link #failing} fail as an unreachable gateway would. */
@Singleton
@Replaces(LoggingSmsGateway.class)
public class RecordingSmsGateway implements SmsGateway {

    final List<Sms> sent = new CopyOnWriteArrayList<>();
    final Set<String> failing = ConcurrentHashMap.newKeySet();

    @Override
    public void send(Sms sms) throws SmsException {
        if (failing.contains(sms.phone())) {
            throw new SmsException("gateway unreachable");
        }
        try {
            Thread.sleep(2); // long enough for two senders to overlap
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sent.add(sms);
    }
}
