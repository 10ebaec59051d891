package dev.licit.screening.match;

/**
 * Optimal-string-alignment (Damerau-Levenshtein with adjacent transpositions) distance, bounded.
 *
 * <p>Most word pairs a screen compares share few letters, so a letter-set test
 * ({@link #mayBeWithin}) rules them out before the dynamic programme runs.
 */
final class EditDistance {
    private EditDistance() {}

    /**
     * The set of letters of a word as a 64-bit mask: a-z and 0-9 have a bit each, anything else shares
     * the remaining bits. Collisions only make {@link #mayBeWithin} more permissive, never wrong.
     */
    static long letterMask(CharSequence s) {
        long mask = 0;
        for (int i = 0; i < s.length(); i++) {
            mask |= 1L << bit(s.charAt(i));
        }
        return mask;
    }

    private static int bit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return 36 + c % 28;
    }

    /**
     * False when two words with these letter masks are certainly more than {@code max} edits apart.
     * An insertion or deletion changes a word's letter set by at most one letter, a substitution by
     * at most two and a transposition not at all, so {@code distance >= ceil(|setA xor setB| / 2)}.
     */
    static boolean mayBeWithin(long maskA, long maskB, int max) {
        return Long.bitCount(maskA ^ maskB) <= 2 * max;
    }

    /** The distance between a and b, or {@code max + 1} as soon as it must exceed {@code max}. */
    static int bounded(String a, String b, int max) {
        return bounded(a, b, max, new Rows());
    }

    /** As {@link #bounded(String, String, int)}, reusing the caller's rows (one per thread). */
    static int bounded(String a, String b, int max, Rows rows) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        rows.ensure(lb + 1);
        int[] prev2 = rows.a;
        int[] prev = rows.b;
        int[] cur = rows.c;
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], max + 1);
    }

    /** The three rows of the dynamic programme, kept between calls on one thread. */
    static final class Rows {
        int[] a = new int[32];
        int[] b = new int[32];
        int[] c = new int[32];

        void ensure(int n) {
            if (a.length < n) {
                a = new int[n];
                b = new int[n];
                c = new int[n];
            }
        }
    }
}
