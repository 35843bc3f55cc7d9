package org.xinsheng.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short tag of an account's current password hash, role and unit, carried in its tokens. A new password has a new
 * salt and so a new tag: every token issued under the old password stops working, without a token table; so does
 * every token issued before the account's role or unit changed (the console then shows the new role's pages after a
 * fresh login). The tag is a digest of the salted hash, so it tells a token holder nothing about the password.
 */
final class Credentials {

    private Credentials() {
    }

    static String tag(StaffAccount account) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((account.passwordHash() + "|" + account.role() + "|" + account.unit())
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
