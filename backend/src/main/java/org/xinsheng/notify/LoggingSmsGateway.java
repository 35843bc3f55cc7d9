package org.xinsheng.notify;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.intake.PhoneNumbers;

/** The default when no gateway is configured: writes to the log that a text would go out, with the phone masked. */
@Singleton
@Requires(missingProperty = "xinsheng.sms.url")
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(Sms sms) {
        LOG.info("SMS {} to {} ({} characters; no gateway configured, logged only)", sms.id(),
                PhoneNumbers.mask(sms.phone()), sms.text().length());
    }
}
