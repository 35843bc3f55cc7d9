package org.xinsheng.notify;

/** A way of sending a text message. Throw {@link SmsException} when the message may not have gone out. */
public interface SmsGateway {

    void send(Sms sms) throws SmsException;

    class SmsException extends Exception {
        public SmsException(String message) {
            super(message);
        }
    }
}
