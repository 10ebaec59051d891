package dev.licit.screening.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * Thai names as Latin spells them.
 *
 * <p>ICU's Thai-Latin is ISO 11940, a letter-by-letter transliteration (สมชาย: "smchāy"), which no
 * list or passport uses. {@link #rtgs} reads a Thai word the way the Royal Thai General System of
 * Transcription does (สมชาย: "somchai"): consonants by their value at the start or the end of a
 * syllable ({@code thai-rtgs.txt}), vowels where they are pronounced (เ แ โ ใ ไ are written before
 * the consonant they follow), the vowel a word leaves unwritten supplied (o in a closed syllable, a in
 * an open one), a letter under the silencing mark (์, thanthakhat) dropped, tones ignored. It reads
 * syllables by rule, not with a dictionary, so a word whose syllables Thai splits otherwise comes out
 * a little different (ชินวัตร: "chinwat", RTGS "chinnawat", which {@link #nameKey} absorbs;
 * ปัญญารชุน: "panyanchun", RTGS "panyarachun", which it does not).
 *
 * <p>Names are rarely spelt in RTGS: Thaksin Shinawatra (RTGS Thaksin Chinnawat), Yingluck (Yinglak),
 * Prayuth (Prayut), Somchay. {@link #nameKey} reduces a Latin spelling to what these spellings
 * share: the aspirates ph, th, kh written as p, t, k; ch, sh, j as one letter; a final d as t, a
 * final "tra" (the Sanskrit spelling of a silent ตร) as t, the sr of ศรี as s, an r that marks a long
 * vowel (Charn, Paetongtarn) dropped, a final l as n (ล ends a syllable as n: Charnvirakul), a t
 * before ch or j dropped (Vejjajiva, RTGS Wetchachiwa); then the consonants alone, doubled letters
 * once. Only a word transliterated from Thai is compared this way.
 */
public final class ThaiRomanization {
    /** A key this long or longer (three consonants and a vowel) pairs as a full match; shorter keys say less. */
    public static final int FULL_LENGTH = 4;

    private static final char THANTHAKHAT = '\u0E4C';
    private static final Map<Character, String[]> CONSONANTS = new HashMap<>();

    static {
        for (String line : Lexicon.resourceLines("thai-rtgs.txt")) {
            String[] f = line.split("\\|", -1);
            if (f.length != 3 || f[0].length() != 1) {
                throw new IllegalStateException("thai-rtgs.txt: bad line: " + line);
            }
            CONSONANTS.put(f[0].charAt(0), new String[] {f[1], f[2]});
        }
    }

    private ThaiRomanization() {}

    static boolean isConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    private static boolean isLeadingVowel(char c) {
        return c >= '\u0E40' && c <= '\u0E44';
    }

    /** A vowel sign written after, above or below its consonant. */
    private static boolean isFollowingVowel(char c) {
        return c == '\u0E30' || (c >= '\u0E31' && c <= '\u0E3A') || c == '\u0E47' || c == '\u0E45';
    }

    private static boolean isToneOrMark(char c) {
        return (c >= '\u0E48' && c <= '\u0E4B') || c == '\u0E4D' || c == '\u0E4E';
    }

    private static String initial(char c) {
        String[] v = CONSONANTS.get(c);
        return v == null ? "" : v[0];
    }

    private static String fin(char c) {
        String[] v = CONSONANTS.get(c);
        return v == null || v[1].equals("-") ? "" : v[1];
    }

    /**
     * The silent letters removed: tone marks; a letter under the thanthakhat with the vowel sign on it
     * (สวัสดิ์); and the letter before it when that one would close a syllable already closed (จันทร์,
     * ลักษณ์: ทร and ษณ are both silent).
     */
    static String spoken(String word) {
        // ำ (sara am) as compatibility normalisation (NFKC, NFKD) leaves it: nikhahit and sara aa. The
        // nikhahit alone is a mark dropped below, which would leave คำ as "kha" (ทองคำ, Thongkham)
        String text = word.replace("\u0E4D\u0E32", "\u0E33");
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isToneOrMark(c)) {
                continue;
            }
            if (c == THANTHAKHAT) {
                int k = sb.length() - 1;
                while (k >= 0 && isFollowingVowel(sb.charAt(k)) && sb.charAt(k) != '\u0E30') {
                    k--; // the vowel sign on the silenced letter is silent too
                }
                if (k >= 0 && isConsonant(sb.charAt(k))) {
                    sb.setLength(k);
                    if (k >= 2
                            && isConsonant(sb.charAt(k - 1))
                            && isConsonant(sb.charAt(k - 2))
                            && k >= 3
                            && isFollowingVowel(sb.charAt(k - 3))) {
                        sb.setLength(k - 1);
                    }
                }
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The RTGS reading of a run of Thai letters (Thai digits and other signs are left as they are). */
    public static String rtgs(String word) {
        String s = spoken(word);
        StringBuilder out = new StringBuilder(s.length() * 2);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            char lead = 0;
            if (isLeadingVowel(c)) {
                lead = c;
                i++;
                if (i >= n || !isConsonant(s.charAt(i))) {
                    out.append(leadingAlone(lead));
                    continue;
                }
                c = s.charAt(i);
            }
            if (!isConsonant(c) || c == 'ฤ' || c == 'ฦ') {
                if (c >= '\u0E50' && c <= '\u0E59') {
                    out.append((char) ('0' + (c - '\u0E50'))); // Thai digits
                } else if (c == 'ฤ' || c == 'ฦ') {
                    out.append(c == 'ฤ' ? "rue" : "lue"); // vowel letters, ฤๅ and ฦๅ with their lengthener
                    if (i + 1 < n && s.charAt(i + 1) == '\u0E45') {
                        i++;
                    }
                } else if (c != '\u0E46') {
                    out.append(c); // ๆ (say again) is dropped, anything else left to the caller
                }
                i++;
                continue;
            }
            // the initial consonant, with a second one of a cluster
            StringBuilder onset = new StringBuilder(initial(c));
            i++;
            if (i < n && isConsonant(s.charAt(i)) && clusters(c, s.charAt(i), s, i, lead != 0)) {
                char second = s.charAt(i);
                if (c == 'ห' || c == 'อ') {
                    onset.setLength(0); // ห and อ before a sonorant only give it its tone
                    onset.append(initial(second));
                } else if (second != 'ร' || (c != 'ส' && c != 'ศ' && c != 'ซ')) {
                    onset.append(initial(second)); // ศรี, สร: the r is silent
                }
                i++;
            }
            // the vowel
            String vowel;
            int vStart = i;
            StringBuilder marks = new StringBuilder();
            while (i < n && isFollowingVowel(s.charAt(i))) {
                marks.append(s.charAt(i));
                i++;
            }
            String m = marks.toString();
            boolean openSyllableVowel = false; // ะ, ำ, า followed by nothing it closes with
            if (lead != 0) {
                vowel = leading(lead, m, s, i);
                if (vowel.endsWith("+")) {
                    vowel = vowel.substring(0, vowel.length() - 1);
                    i++; // the vowel took a letter after it (เ-า, เ-ือ, เ-ีย, เ-อ)
                }
            } else if (m.isEmpty()) {
                if (i < n && s.charAt(i) == 'อ' && (i + 1 >= n || !isFollowingVowel(s.charAt(i + 1)))) {
                    vowel = "o"; // ทอง
                    i++;
                } else if (i < n && s.charAt(i) == 'ร' && i + 1 < n && s.charAt(i + 1) == 'ร') {
                    i += 2; // รร: an (สุวรรณ), a before a final
                    vowel = i < n && isConsonant(s.charAt(i)) && !startsSyllable(s, i) ? "a" : "an";
                } else if (i < n
                        && s.charAt(i) == 'ว'
                        && i + 1 < n
                        && isConsonant(s.charAt(i + 1))
                        && !startsSyllable(s, i + 1)
                        && !startsSyllable(s, i)) {
                    vowel = "ua"; // นวล
                    i++;
                } else if (i < n && isConsonant(s.charAt(i)) && !startsSyllable(s, i)) {
                    vowel = "o"; // a closed syllable with no written vowel: สม
                } else {
                    vowel = i < n ? "a" : (out.isEmpty() ? "o" : ""); // open: ส-วัส; a lone final letter
                    openSyllableVowel = true;
                }
            } else {
                vowel = following(m, s, i);
                if (vowel.endsWith("+")) {
                    vowel = vowel.substring(0, vowel.length() - 1);
                    i++;
                }
            }
            if (openSyllableVowel && lead == 0 && onset.length() <= 2 && vStart == n && !out.isEmpty()) {
                continue; // a letter left at the end after a closed syllable is silent (บัตร, ชินวัตร, พุทธ)
            }
            out.append(onset).append(vowel);
            // the final consonant: a consonant that starts no syllable of its own
            if (i < n && isConsonant(s.charAt(i)) && !startsSyllable(s, i) && !vowel.equals("am")) {
                char f = s.charAt(i);
                String fv = fin(f);
                if (f == 'ย') {
                    out.append(vowel.endsWith("i") ? "" : "i");
                } else if (f == 'ว') {
                    out.append(vowel.endsWith("o") ? "" : "o");
                } else {
                    out.append(fv);
                }
                i++;
            }
        }
        return out.toString();
    }

    /** Whether consonants a then b (at s[i]) are one onset: a true cluster, or ห/อ before a sonorant. */
    private static boolean clusters(char a, char b, String s, int i, boolean afterLeadingVowel) {
        boolean followedByVowel = i + 1 < s.length()
                && (isFollowingVowel(s.charAt(i + 1)) || afterLeadingVowel && isConsonant(s.charAt(i + 1)));
        if (!followedByVowel) {
            return false;
        }
        if (a == 'ห') {
            return "งญนมยรลว".indexOf(b) >= 0;
        }
        if (a == 'อ') {
            return b == 'ย';
        }
        if (b == 'ร') {
            return "กขคตปพทบสศซดฟ".indexOf(a) >= 0;
        }
        if (b == 'ล') {
            return "กขคปพผบฟ".indexOf(a) >= 0;
        }
        if (b == 'ว') {
            return "กขค".indexOf(a) >= 0;
        }
        return false;
    }

    /** Whether the consonant at s[i] begins a syllable (a vowel sign follows it, or it is the last letter after a final). */
    private static boolean startsSyllable(String s, int i) {
        if (i + 1 >= s.length()) {
            return false;
        }
        char next = s.charAt(i + 1);
        if (isFollowingVowel(next) || (next == 'ร' && i + 2 < s.length() && s.charAt(i + 2) == 'ร')) {
            return true; // a vowel sign follows, or รร, which is a vowel (สุวรรณ)
        }
        // a consonant followed by a cluster partner and a vowel starts a syllable (ประ)
        return isConsonant(next)
                && i + 2 < s.length()
                && isFollowingVowel(s.charAt(i + 2))
                && clusters(s.charAt(i), next, s, i + 1, false);
    }

    private static String leadingAlone(char lead) {
        return switch (lead) {
            case '\u0E40' -> "e";
            case '\u0E41' -> "ae";
            case '\u0E42' -> "o";
            default -> "ai";
        };
    }

    /** A vowel written before its consonant, with the signs after it; "+" when it took the next letter too. */
    private static String leading(char lead, String marks, String s, int i) {
        char next = i < s.length() ? s.charAt(i) : 0;
        switch (lead) {
            case '\u0E40' -> { // เ
                if (marks.equals("\u0E35") && next == 'ย') {
                    return "ia+"; // เ-ีย
                }
                if (marks.equals("\u0E37") && next == 'อ') {
                    return "uea+"; // เ-ือ
                }
                if (marks.equals("\u0E34")) {
                    return "oe"; // เ-ิ
                }
                if (marks.equals("\u0E32")) {
                    return "ao"; // เ-า
                }
                if (marks.isEmpty() && next == 'อ') {
                    return "oe+"; // เ-อ
                }
                return "e";
            }
            case '\u0E41' -> {
                return "ae";
            }
            case '\u0E42' -> {
                return "o";
            }
            default -> {
                return "ai"; // ใ ไ
            }
        }
    }

    /** A vowel written after, above or below its consonant; "+" when it took the next letter too. */
    private static String following(String marks, String s, int i) {
        char next = i < s.length() ? s.charAt(i) : 0;
        char first = marks.charAt(0);
        return switch (first) {
            case '\u0E30', '\u0E32' -> "a"; // ะ า
            case '\u0E31' -> next == 'ว' ? "ua+" : "a"; // ั, -ัว
            case '\u0E33' -> "am"; // ำ
            case '\u0E34', '\u0E35' -> "i"; // ิ ี
            case '\u0E36' -> "ue"; // ึ
            case '\u0E37' -> next == 'อ' ? "ue+" : "ue"; // ื, ือ
            case '\u0E38', '\u0E39' -> "u"; // ุ ู
            case '\u0E47' -> "o";
            default -> "";
        };
    }

    /**
     * What Latin spellings of one Thai name share (see the class comment): Thaksin and Taksin give
     * "taksn", Shinawatra and Chinnawat "cinwt", Somchai and Somchay "somc": the consonants and the
     * first vowel.
     */
    public static String nameKey(String latin) {
        String w = latin.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("tra") && w.length() > 5) {
            w = w.substring(0, w.length() - 2); // Shinawatra: the Sanskrit spelling of a silent ตร
        }
        if (w.endsWith("d")) {
            w = w.substring(0, w.length() - 1) + "t";
        }
        StringBuilder sb = new StringBuilder(w.length());
        int n = w.length();
        boolean firstVowel = true;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char out;
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> {
                    // the first vowel is kept (Chinnawat is not Chanwit); the others vary too much
                    if (!firstVowel) {
                        continue;
                    }
                    firstVowel = false;
                    // Seub and Sueb, Choon and Chun, Leek and Lik: one vowel
                    out = c == 'e' && next == 'u' || c == 'o' && next == 'o' ? 'u' : c == 'e' && next == 'e' ? 'i' : c;
                    if (c == 'e' && (next == 'u' || next == 'e') || c == 'o' && next == 'o') {
                        i++;
                    }
                }
                case 'y', 'w' -> {
                    // a semivowel closing a vowel (Somchai, Somchay; Kaeo, Kaew) is a vowel here
                    if (next == 'a' || next == 'e' || next == 'i' || next == 'o' || next == 'u') {
                        out = c;
                    } else {
                        continue;
                    }
                }
                case 'v' -> out = 'w';
                case 'h' -> {
                    continue; // ph, th, kh and a bare h: Thai's aspirates and Latin's habits
                }
                case 'j', 'c' -> {
                    if (c == 'c' && next == 'k') {
                        continue; // Yingluck
                    }
                    out = 'c';
                }
                case 's' -> {
                    if (next == 'h') {
                        out = 'c'; // Shinawatra
                    } else {
                        out = 's';
                        if (next == 'r') {
                            i++; // Sri, Srisuk: ศรี reads si
                        }
                    }
                }
                case 'r' -> {
                    // Charn, Paetongtarn: an r after a vowel that ends its syllable marks the vowel long
                    char before = i > 0 ? w.charAt(i - 1) : 0;
                    if ("aeiou".indexOf(before) >= 0 && before != 0 && (next == 0 || "aeiouy".indexOf(next) < 0)) {
                        continue;
                    }
                    out = 'r';
                }
                case 'l' -> out = next == 0 || "aeiouy".indexOf(next) < 0 ? 'n' : 'l'; // final ล is n: Charnvirakul
                case 't' -> {
                    if (next == 'c' || next == 'j' || next == 's' && i + 2 < n && w.charAt(i + 2) == 'h') {
                        continue; // a final ช read t before the next ช (Wetchachiwa, Vejjajiva)
                    }
                    out = 't';
                }
                case 'q' -> out = 'k';
                case 'b' -> out = next == 0 || "aeiouy".indexOf(next) < 0 ? 'p' : 'b'; // final บ is p: Seub, Suep
                case 'z' -> out = 's';
                default -> {
                    if (c < 'a' || c > 'z') {
                        continue;
                    }
                    out = c;
                }
            }
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != out) {
                sb.append(out);
            }
        }
        return sb.toString();
    }
}
