package dev.licit.store.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed, so that a receiver can tell it came from this Licit and was not replayed:
 * header {@code X-Licit-Signature: sha256=HEX}, HEX being HMAC-SHA256 under the webhook's secret of
 * {@code TIMESTAMP + "." + BODY}, TIMESTAMP the {@code X-Licit-Timestamp} header (Unix seconds). A
 * receiver recomputes it, compares in constant time and refuses old timestamps.
 */
public final class Signature {
    public static final String HEADER = "X-Licit-Signature";
    public static final String TIMESTAMP = "X-Licit-Timestamp";

    private Signature() {}

    /** The header's value for a body sent at {@code unixSeconds} under {@code secret}. */
    public static String of(String secret, long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sig = mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
