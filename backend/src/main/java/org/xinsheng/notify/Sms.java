package org.xinsheng.notify;

import org.xinsheng.intake.PhoneNumbers;

/** A text to send: the outbox id (the gateway may use it to drop repeats), the phone and the words. */
public record Sms(long id, String phone, String text) {

    @Override
    public String toString() {
        return "Sms[" + id + ", to " + PhoneNumbers.mask(phone) + "]";
    }
}
