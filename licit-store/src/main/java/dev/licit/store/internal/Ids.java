package dev.licit.store.internal;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Decision ids: {@code D-} and a ULID (48 bits of milliseconds, 80 random bits, Crockford base32).
 * They sort by time, need no database round trip (a decision's id is in the document it is stored
 * with) and are unique across processes writing to one database. Within one process they are
 * monotonic: in the same millisecond the random part counts up, so ids sort in the order made.
 */
public final class Ids {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final long MASK40 = (1L << 40) - 1;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis = -1;
    private static long hi;
    private static long lo;

    private Ids() {}

    public static String decisionId(Instant at) {
        return "D-" + ulid(at.toEpochMilli());
    }

    static synchronized String ulid(long millis) {
        if (millis <= lastMillis) {
            millis = lastMillis;
            lo = (lo + 1) & MASK40;
            if (lo == 0) {
                hi = (hi + 1) & MASK40;
            }
        } else {
            lastMillis = millis;
            hi = RANDOM.nextLong() & MASK40;
            lo = RANDOM.nextLong() & MASK40 >>> 1; // leave room to count up
        }
        char[] out = new char[26];
        long time = millis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        long h = hi;
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (h & 31)];
            h >>>= 5;
        }
        long l = lo;
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (l & 31)];
            l >>>= 5;
        }
        return new String(out);
    }
}
