package dev.licit.screening.match;

import dev.licit.screening.binary.BinaryIn;
import dev.licit.screening.binary.BinaryOut;
import dev.licit.screening.binary.PooledStrings;
import dev.licit.screening.binary.StringPool;
import dev.licit.screening.normalize.ArabicLatinKey;
import dev.licit.screening.normalize.ChineseRomanization;
import dev.licit.screening.normalize.Equivalents;
import dev.licit.screening.normalize.KoreanRomanization;
import dev.licit.screening.normalize.NormalizedName;
import dev.licit.screening.normalize.RussianRomanization;
import dev.licit.screening.normalize.Skeleton;
import dev.licit.screening.normalize.ThaiRomanization;
import dev.licit.screening.normalize.Token;
import dev.licit.screening.normalize.TokenKind;
import java.util.Arrays;
import java.util.List;

/**
 * A name reading laid out for {@link NameScorer}: its words as parallel arrays, plus what the scorer
 * would otherwise rebuild on every comparison (runs of words written together, the initials for
 * acronyms, letter masks for the typo test).
 *
 * <p>A screen compares one query with dozens of listed readings, so the query is prepared once per
 * screen and the listed readings once, when the index is built ({@link #all}). Most of those
 * comparisons end at {@link NameScorer}'s quick bound, which reads only {@link #packed}: a few
 * numbers per word, stored for all listed readings in one array, so that ruling a candidate out
 * touches a few adjacent cache lines instead of every string of the reading.
 *
 * <p>Thread-safe. The romanisation keys of runs are computed on first use by a query (most screens
 * never need them); the race is benign, as with {@link String#hashCode}: the value is immutable
 * and always the same. Readings prepared with {@link #all} compute them up front.
 */
public final class PreparedName {
    /** Runs of up to this many words are tried as one word ("hua wei" against "huawei"). */
    static final int MAX_RUN = 4;
    /** A run pairs with a word whose key is at most this many letters longer or shorter. */
    static final int RUN_SLACK = 2;

    /**
     * Header: size (bits 0-15), longest key of a word that is not a legal form (16-31), number of
     * words an acronym may stand for without legal forms (32-47) and with them (48-63).
     */
    static final int SIZE_INFO = 0;

    static final int ACRONYM_MASK = 1;
    static final int ACRONYM_MASK_WITH_FORMS = 2;
    /** Bit L set when a word that is not a legal form has a key of L letters (63 and more share bit 63). */
    static final int KEY_LENGTHS = 3;

    static final int HEADER = 4;
    /**
     * Per word, {@value #WORD} longs. Info: kind ordinal (bits 0-2), Hangul origin (3), zh, ko and
     * phonetic key present (4, 5, 6), key length (7-22), surface length (23-38), first character of
     * the key (39-54), low bits of the phonetic key's hash (55-62), Arabic, Persian or Hebrew script
     * origin (63).
     */
    static final int INFO = 0;

    static final int KEY_MASK = 1;
    static final int SURFACE_MASK = 2;
    /** Key hash (low half), surface hash (high half). */
    static final int KEY_HASHES = 3;
    /** zh key hash (low half), ko key hash (high half). */
    static final int ROMANISATION_HASHES = 4;
    /**
     * Hashes of the word's equivalent (low half) and of its second equivalent, or of the first
     * again (high half), neither ever 0; 0 when it has none.
     */
    static final int EQUIVALENT_HASH = 5;
    /**
     * Hashes of the word's Russian romanisation key ({@link RussianRomanization#key}, low half) and of
     * its Arabic Latin key ({@link ArabicLatinKey#key}, high half), each never 0; 0 when it has none.
     */
    static final int RU_HASH = 6;

    static final int WORD = 7;
    /** Per run, {@value #RUN} longs. Info: present (bit 0), length (16-31), hash of the run (32-63). */
    static final int RUN_INFO = 0;

    static final int RUN_MASK = 1;
    /** Hashes of the run's zh key (low half) and ko key (high half), when computed up front. */
    static final int RUN_KEYS = 2;

    static final int RUN = 3;

    final NormalizedName name;
    /** Read as Hong Kong spells Cantonese ({@code CantoneseReading}): its syllables pair by their Cantonese key. */
    final boolean cantonese;

    final int size;
    /** Shared by all readings prepared together; this reading's numbers start at {@link #base}. */
    final long[] packed;

    final int base;

    final String[] key;
    final String[] surface;
    final TokenKind[] kind;
    final double[] weight;
    final String[] zhKey;
    final String[] koKey;
    /** Russian romanisation key (Zajcev, Zaitsev: zaicev), "" when none ({@link RussianRomanization#key}). */
    final String[] ruKey;
    /** Consonant key of a Latin word of a person's name (Qadhafi, Gaddafi: kdf), "" when none ({@link ArabicLatinKey}). */
    final String[] arKey;
    /** A person's name in Latin letters that looks Arabic or Persian ({@link ArabicLatinKey#looksArabic}). */
    final boolean arabicLooking;

    final String[] phonetic;
    /** What the word reads as for equivalence ({@link Equivalents#equivalentOf}), or null. */
    final String[] equivalent;
    /** The equivalent of the word's second group (Wong: wang, its first being huang), or null. */
    final String[] secondEquivalent;

    final boolean[] hangul;
    /** Transliterated from a script that writes no short vowels: compared by consonants too. */
    final boolean[] abjad;
    /** Transliterated from Hebrew, whose "kh" is two letters (כה), not one. */
    final boolean[] hebrew;
    /** Transliterated from Thai (RTGS): compared with Latin spellings by {@link ThaiRomanization#nameKey}. */
    final boolean[] thai;

    final long[] keyMask;
    final long[] surfaceMask;
    /** Sum of the weights, added in word order. */
    final double totalWeight;
    /** Longest key of a word that is not a legal form: longer runs cannot pair with any word. */
    final int longestKey;

    /**
     * Runs are numbered word by word, then by length: word {@code i}'s runs of 2, 3 ... words start
     * at {@code runStart[i]}. {@code joined[k]} is null where a run does not exist (a run of legal
     * forms stopped it).
     */
    final int[] runStart;

    final String[] joined;
    final long[] joinedMask;
    private final String[] joinedZh;
    private final String[] joinedKo;
    /** Whether the run keys were computed up front, and so are in {@link #packed} too. */
    final boolean runKeysPacked;

    /** Indexes and initials of the words an acronym may stand for: without legal forms, then with. */
    final int[] acronymWords;

    final String acronymInitials;
    final int[] acronymWordsWithForms;
    final String acronymInitialsWithForms;

    private PreparedName(NormalizedName name, long[] packed, int base, boolean romaniseRuns) {
        this(name, packed, base, romaniseRuns, null, null);
    }

    /**
     * With {@code zhRuns} and {@code koRuns} given, the reading comes from an index file: its run
     * keys were computed when the file was written and its numbers are in {@code packed} already.
     */
    private PreparedName(
            NormalizedName name, long[] packed, int base, boolean romaniseRuns, String[] zhRuns, String[] koRuns) {
        boolean loaded = zhRuns != null;
        this.name = name;
        this.cantonese = name.reading().equals("cantonese");
        this.packed = packed;
        this.base = base;
        this.runKeysPacked = romaniseRuns || loaded;
        List<Token> ts = name.tokens();
        size = ts.size();
        key = new String[size];
        surface = new String[size];
        kind = new TokenKind[size];
        weight = new double[size];
        zhKey = new String[size];
        koKey = new String[size];
        ruKey = new String[size];
        arKey = new String[size];
        phonetic = new String[size];
        equivalent = new String[size];
        secondEquivalent = new String[size];
        boolean company = false;
        for (Token t : ts) {
            company |= t.kind() == TokenKind.FORM || t.kind() == TokenKind.GENERIC;
        }
        arabicLooking = !company && ArabicLatinKey.looksArabic(ts);
        hangul = new boolean[size];
        abjad = new boolean[size];
        hebrew = new boolean[size];
        thai = new boolean[size];
        keyMask = new long[size];
        surfaceMask = new long[size];
        double total = 0;
        int longest = 0;
        for (int i = 0; i < size; i++) {
            Token t = ts.get(i);
            key[i] = t.key();
            surface[i] = t.surface();
            kind[i] = t.kind();
            weight[i] = t.weight();
            zhKey[i] = t.zhKey();
            koKey[i] = t.koKey();
            // a person's name in Latin letters, or Cyrillic as passports write it (not Han, Hangul, an
            // abjad or Thai); a company's words keep apart (Chase, Case)
            ruKey[i] = t.kind() == TokenKind.NAME && !company && t.latinOrCyrillic()
                    ? RussianRomanization.key(t.key())
                    : "";
            // a person's name in Latin letters (the scorer uses the key when one of the two names looks
            // Arabic, see arabicLooking); a word of another name table (Sam, Lee) keeps no key
            arKey[i] = !company
                            && t.kind() == TokenKind.NAME
                            && t.origin().equals("latin")
                            && (Equivalents.canonical(t.key()) == null || Equivalents.isArabicName(t.key()))
                    ? ArabicLatinKey.key(t.key())
                    : "";
            phonetic[i] = t.phonetic();
            // Ray, Ken, Ben, Ed: short forms in a person's name, English words in a company's
            boolean noEquivalent = t.kind() == TokenKind.FORM || company && Equivalents.personOnly(t.key());
            equivalent[i] = noEquivalent ? null : Equivalents.equivalentOf(t.key(), t.surface());
            secondEquivalent[i] = noEquivalent ? null : Equivalents.secondEquivalentOf(t.key(), t.surface());
            hangul[i] = t.origin().equals("hangul");
            abjad[i] = Skeleton.isAbjad(t.origin());
            hebrew[i] = t.origin().equals("hebrew");
            thai[i] = t.origin().equals("thai");
            keyMask[i] = EditDistance.letterMask(t.key());
            surfaceMask[i] = EditDistance.letterMask(t.surface());
            total += t.weight();
            if (t.kind() != TokenKind.FORM) {
                longest = Math.max(longest, t.key().length());
            }
        }
        totalWeight = total;
        longestKey = longest;
        koreanShortSurnames();
        surnameSyllables();

        runStart = new int[size + 1];
        int runs = 0;
        for (int i = 0; i < size; i++) {
            runStart[i] = runs;
            runs += runsOf(i);
        }
        runStart[size] = runs;
        joined = new String[runs];
        joinedMask = new long[runs];
        if (loaded && (zhRuns.length != runs || koRuns.length != runs)) {
            throw BinaryIn.damaged("a reading of " + size + " words has " + zhRuns.length + " run keys, not " + runs);
        }
        joinedZh = loaded ? zhRuns : new String[runs];
        joinedKo = loaded ? koRuns : new String[runs];
        for (int i = 0; i < size; i++) {
            StringBuilder concat = new StringBuilder(surface[i]);
            long mask = surfaceMask[i];
            for (int len = 2; len <= MAX_RUN && i + len <= size; len++) {
                int next = i + len - 1;
                if (kind[i] == TokenKind.FORM && kind[next] == TokenKind.FORM) {
                    break; // a run of legal forms alone is not a name ("co ltd" against "coltd")
                }
                concat.append(surface[next]);
                mask |= surfaceMask[next];
                int k = run(i, len);
                joined[k] = concat.toString();
                joinedMask[k] = mask;
                if (romaniseRuns && !loaded) {
                    joinedZh[k] = ChineseRomanization.key(joined[k]);
                    joinedKo[k] = KoreanRomanization.key(joined[k]);
                }
            }
        }

        int[][] words = new int[2][];
        String[] initials = new String[2];
        for (int withForms = 0; withForms < 2; withForms++) {
            int[] idx = new int[size];
            int n = 0;
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < size; j++) {
                if (kind[j] != TokenKind.STOP
                        && (withForms == 1 || kind[j] != TokenKind.FORM)
                        && !surface[j].isEmpty()) {
                    idx[n++] = j;
                    sb.append(surface[j].charAt(0));
                }
            }
            words[withForms] = Arrays.copyOf(idx, n);
            initials[withForms] = sb.toString();
        }
        acronymWords = words[0];
        acronymInitials = initials[0];
        acronymWordsWithForms = words[1];
        acronymInitialsWithForms = initials[1];
        if (!loaded) {
            pack();
        }
    }

    /** Runs starting at word i: up to {@code MAX_RUN - 1}, fewer near the end. */
    private int runsOf(int i) {
        return Math.max(0, Math.min(MAX_RUN - 1, size - 1 - i));
    }

    /** Numbers the bound reads; see the layout constants. */
    private void pack() {
        packed[base + SIZE_INFO] = Math.min(size, 0xFFFF)
                | (long) Math.min(longestKey, 0xFFFF) << 16
                | (long) Math.min(acronymWords.length, 0xFFFF) << 32
                | (long) Math.min(acronymWordsWithForms.length, 0xFFFF) << 48;
        packed[base + ACRONYM_MASK] = EditDistance.letterMask(acronymInitials);
        packed[base + ACRONYM_MASK_WITH_FORMS] = EditDistance.letterMask(acronymInitialsWithForms);
        long lengths = 0;
        for (int i = 0; i < size; i++) {
            if (kind[i] != TokenKind.FORM) {
                lengths |= 1L << Math.min(key[i].length(), 63);
            }
        }
        packed[base + KEY_LENGTHS] = lengths;
        for (int i = 0; i < size; i++) {
            int o = word(i);
            packed[o + INFO] = kind[i].ordinal()
                    | (hangul[i] ? 1L << 3 : 0)
                    | (zhKey[i].isEmpty() ? 0 : 1L << 4)
                    | (koKey[i].isEmpty() ? 0 : 1L << 5)
                    | (phonetic[i].isEmpty() ? 0 : 1L << 6)
                    | (long) Math.min(key[i].length(), 0xFFFF) << 7
                    | (long) Math.min(surface[i].length(), 0xFFFF) << 23
                    | (long) (key[i].isEmpty() ? 0 : key[i].charAt(0)) << 39
                    | (long) (phonetic[i].hashCode() & 0xFF) << 55
                    // the bound reads this bit as "may pair by a script's own key": skeleton or Thai name key
                    | (abjad[i] || thai[i] ? 1L << 63 : 0);
            packed[o + KEY_MASK] = keyMask[i];
            packed[o + SURFACE_MASK] = surfaceMask[i];
            packed[o + KEY_HASHES] = pack(key[i].hashCode(), surface[i].hashCode());
            // a syllable of two letters has no key (bit 4 unset) but pairs with one (NameScorer.compare's
            // shortKey): its hash is there for the bound to compare
            String zhForBound =
                    zhKey[i].isEmpty() && key[i].length() == 2 ? ChineseRomanization.shortKey(key[i]) : zhKey[i];
            packed[o + ROMANISATION_HASHES] = pack(zhForBound.hashCode(), koKey[i].hashCode());
            packed[o + RU_HASH] = pack(
                    ruKey[i].isEmpty() ? 0 : nonZero(ruKey[i].hashCode()),
                    arKey[i].isEmpty() ? 0 : nonZero(arKey[i].hashCode()));
            packed[o + EQUIVALENT_HASH] = equivalent[i] == null
                    ? 0
                    : pack(
                            nonZero(equivalent[i].hashCode()),
                            nonZero((secondEquivalent[i] == null ? equivalent[i] : secondEquivalent[i]).hashCode()));
        }
        for (int k = 0; k < joined.length; k++) {
            if (joined[k] != null) {
                int o = runAt(k);
                packed[o + RUN_INFO] =
                        1L | (long) Math.min(joined[k].length(), 0xFFFF) << 16 | (long) joined[k].hashCode() << 32;
                packed[o + RUN_MASK] = joinedMask[k];
                if (joinedZh[k] != null) {
                    packed[o + RUN_KEYS] = pack(joinedZh[k].hashCode(), joinedKo[k].hashCode());
                }
            }
        }
    }

    /**
     * A surname spelling that is also a given-name syllable (Hui) is read as the surname only when no
     * other word of the name is a surname of the tables: in Wang Hui, Wang is the surname and Hui a
     * given name, which is not Xu.
     */
    private void surnameSyllables() {
        for (int i = 0; i < size; i++) {
            if (equivalent[i] == null || !Equivalents.soleSurnameOnly(key[i])) {
                continue;
            }
            for (int k = 0; k < size; k++) {
                if (k != i && Equivalents.isSurname(key[k])) {
                    equivalent[i] = null;
                    secondEquivalent[i] = null;
                    break;
                }
            }
        }
    }

    private static int nonZero(int hash) {
        return hash == 0 ? 1 : hash;
    }

    /**
     * Whether word {@code i} of this reading and word {@code j} of {@code other} are in one group of
     * the equivalence tables (Bill, William; Wong, Wang; Wong, Huang), or read as one number.
     */
    boolean sameEquivalent(int i, PreparedName other, int j) {
        String a = equivalent[i];
        String b = other.equivalent[j];
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String a2 = secondEquivalent[i];
        String b2 = other.secondEquivalent[j];
        return a2 != null && (a2.equals(b) || a2.equals(b2)) || b2 != null && b2.equals(a);
    }

    private static long pack(int low, int high) {
        return (low & 0xFFFFFFFFL) | (long) high << 32;
    }

    /** Longs a reading of this many words with this many runs takes in {@link #packed}. */
    private static int packedLength(int words) {
        int runs = 0;
        for (int i = 0; i < words; i++) {
            runs += Math.max(0, Math.min(MAX_RUN - 1, words - 1 - i));
        }
        return HEADER + words * WORD + runs * RUN;
    }

    /** Prepares one reading (a query's: run keys are computed when first needed). */
    public static PreparedName of(NormalizedName name) {
        return new PreparedName(name, new long[packedLength(name.tokens().size())], 0, false);
    }

    /** Prepares every reading of a query, in order. */
    public static PreparedName[] of(List<NormalizedName> readings) {
        PreparedName[] out = new PreparedName[readings.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(readings.get(i));
        }
        return out;
    }

    /**
     * Prepares the readings of a list, their numbers side by side in one array and every run key
     * computed up front, so that the prepared readings are never written again.
     */
    public static PreparedNames all(List<NormalizedName> readings) {
        int total = 0;
        for (NormalizedName n : readings) {
            total += packedLength(n.tokens().size());
        }
        long[] packed = new long[total];
        PreparedName[] out = new PreparedName[readings.size()];
        int[] bases = new int[readings.size()];
        int base = 0;
        for (int i = 0; i < out.length; i++) {
            bases[i] = base;
            out[i] = new PreparedName(readings.get(i), packed, base, true);
            base += packedLength(out[i].size);
        }
        return new PreparedNames(out, packed, bases);
    }

    /** The reading and its run keys, as {@link #read} reads them back; strings by their number in {@code pool}. */
    void write(BinaryOut out, StringPool pool) {
        out.writeInt(pool.id(name.original()));
        out.writeInt(pool.id(name.reading()));
        out.writeInt(size);
        for (Token t : name.tokens()) {
            out.writeInt(pool.id(t.surface()));
            out.writeInt(pool.id(t.key()));
            out.writeInt(t.kind().ordinal());
            out.writeInt(pool.id(t.origin()));
            out.writeInt(pool.id(t.phonetic()));
            out.writeInt(pool.id(t.zhKey()));
            out.writeInt(pool.id(t.koKey()));
        }
        // as computed up front by all(): null where a run does not exist
        for (int k = 0; k < joined.length; k++) {
            out.writeInt(pool.id(joinedZh[k]));
            out.writeInt(pool.id(joinedKo[k]));
        }
    }

    /** A listed reading from an index file, its numbers already in {@code packed} at {@code base}. */
    static PreparedName read(BinaryIn in, PooledStrings strings, long[] packed, int base) {
        String original = strings.get(in.readInt());
        String reading = strings.get(in.readInt());
        int size = in.readInt();
        if (size < 0 || size > 0xFFFF) {
            throw BinaryIn.damaged("a reading of " + size + " words");
        }
        TokenKind[] kinds = TokenKind.values();
        List<Token> tokens = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String surface = strings.get(in.readInt());
            String key = strings.get(in.readInt());
            int kind = in.readInt();
            if (kind < 0 || kind >= kinds.length) {
                throw BinaryIn.damaged("a word of kind " + kind);
            }
            String origin = strings.get(in.readInt());
            String phonetic = strings.get(in.readInt());
            String zhKey = strings.get(in.readInt());
            String koKey = strings.get(in.readInt());
            tokens.add(new Token(surface, key, kinds[kind], origin, phonetic, zhKey, koKey));
        }
        int runs = 0;
        for (int i = 0; i < size; i++) {
            runs += Math.max(0, Math.min(MAX_RUN - 1, size - 1 - i));
        }
        String[] zh = new String[runs];
        String[] ko = new String[runs];
        for (int k = 0; k < runs; k++) {
            zh[k] = strings.get(in.readInt());
            ko[k] = strings.get(in.readInt());
        }
        try {
            return new PreparedName(new NormalizedName(original, reading, tokens), packed, base, true, zh, ko);
        } catch (NullPointerException e) {
            throw BinaryIn.damaged("a reading does not read back: " + e);
        }
    }

    public NormalizedName name() {
        return name;
    }

    /** The number of the run of {@code len} words starting at word {@code i}. */
    int run(int i, int len) {
        return runStart[i] + len - 2;
    }

    /** Where word i's numbers start in {@link #packed}. */
    int word(int i) {
        return word(base, i);
    }

    /** Where word i of the reading at {@code base} starts. */
    static int word(int base, int i) {
        return base + HEADER + i * WORD;
    }

    /** The {@link #KEY_LENGTHS} bits of the key lengths a run of {@code length} letters may pair with. */
    static long keyLengthsNear(int length) {
        int lo = Math.min(Math.max(0, length - RUN_SLACK), 63);
        int hi = Math.min(length + RUN_SLACK, 63);
        return (-1L >>> (63 - hi)) & (-1L << lo);
    }

    /** Where run k's numbers start in {@link #packed}. */
    int runAt(int k) {
        return runAt(base, size, k);
    }

    /** Where run k of the reading of {@code size} words at {@code base} starts. */
    static int runAt(int base, int size, int k) {
        return base + HEADER + size * WORD + k * RUN;
    }

    /**
     * A Korean surname that the surname table leaves out because it is spelt in one or two letters,
     * which are English words or initials too (I, O, An, Go, No: 이, 오, 안, 고, 노), reads as its
     * group's word when it is the first or last word of a name in Latin letters of two to four words
     * whose other words are all one or two Korean syllables as they are romanised ({@link
     * #KOREAN_SYLLABLES}: No Sang-min, Roh Sang Min); a one-letter surname (I, O) needs a given name
     * in two words, as a hyphen writes it (I Su-jin), since I. and O. are initials too. Only then: "No
     * Limit Trading" or "I. Smith" stay what they were.
     */
    private void koreanShortSurnames() {
        if (size < 2 || size > 4 || !name.reading().equals("latin")) {
            return;
        }
        for (int end = 0; end < 2; end++) {
            int i = end == 0 ? 0 : size - 1;
            String surname = equivalent[i] == null ? Equivalents.shortKoreanSurname(key[i]) : null;
            if (surname == null || key[i].length() == 1 && size < 3) {
                continue;
            }
            boolean korean = true;
            for (int k = 0; k < size && korean; k++) {
                korean = k == i
                        || kind[k] == TokenKind.NAME
                                && KOREAN_SYLLABLES.matcher(key[k]).matches();
            }
            if (korean) {
                equivalent[i] = surname;
                return;
            }
        }
    }

    /**
     * One or two Korean syllables in Revised, McCune-Reischauer (apostrophes and breves dropped) or
     * common spelling: an initial, a vowel, a final consonant (Sang, Hyeok, Chol, Jin, Dongmin).
     */
    private static final java.util.regex.Pattern KOREAN_SYLLABLES =
            java.util.regex.Pattern.compile("(?:(?:kk|tt|pp|ss|jj|ch|ts|g|k|n|d|t|r|l|m|b|p|s|j|h|w|y)?"
                    + "(?:yae|yeo|wae|ae|ya|eo|ye|oe|yo|wa|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)"
                    + "(?:ng|k|n|t|l|m|p|g|b|d)?){1,2}");

    /** The Chinese romanisation key of run k. */
    String joinedZh(int k) {
        String v = joinedZh[k];
        if (v == null) {
            v = ChineseRomanization.key(joined[k]);
            joinedZh[k] = v;
        }
        return v;
    }

    /** The Korean romanisation key of run k. */
    String joinedKo(int k) {
        String v = joinedKo[k];
        if (v == null) {
            v = KoreanRomanization.key(joined[k]);
            joinedKo[k] = v;
        }
        return v;
    }
}
