package org.xinsheng.intake;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Tracking codes: 12 random symbols (60 bits from a secure generator) and a Luhn mod 32 check symbol, in an alphabet
 * without the look-alikes 0/O and 1/I. The check symbol catches every single-symbol typo and most swaps of neighbours,
 * so a mistyped code is told apart from an unknown one before the database is asked. frontend/src/trackingCode.js
 * mirrors this.
 */
public final class TrackingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int PAYLOAD = 12;
    public static final int LENGTH = PAYLOAD + 1;

    /**
     * One generator per thread: a shared {@code new SecureRandom()} (NativePRNG) serialises every caller on one lock,
     * which concurrent filings queued for. DRBG is the JDK's NIST SP 800-90A generator, seeded from the system.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(TrackingCodes::newRandom);

    private TrackingCodes() {
    }

    public static String generate() {
        // 12 symbols of 5 bits each (the alphabet has 32) from one 64-bit draw: each symbol is uniform, as before.
        long bits = RANDOM.get().nextLong();
        char[] payload = new char[PAYLOAD];
        for (int i = 0; i < PAYLOAD; i++) {
            payload[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        String p = new String(payload);
        return p + checkSymbol(p);
    }

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** The canonical code for what a person typed (any case, spaces or dashes), if it is a well-formed code. */
    public static Optional<String> parse(String input) {
        if (input == null || input.length() > 40) {
            return Optional.empty();
        }
        String code = input.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        String payload = code.substring(0, PAYLOAD);
        return checkSymbol(payload) == code.charAt(PAYLOAD) ? Optional.of(code) : Optional.empty();
    }

    /** The form people read aloud and copy: XXXX-XXXX-XXXXX. */
    public static String format(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    static char checkSymbol(String payload) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
