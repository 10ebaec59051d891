package dev.licit.screening.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Turns a party or list name into comparable words. Thread-safe and stateless apart from caches.
 *
 * <p>The steps, in order:
 * <ol>
 *   <li>{@link #fold}: Unicode NFKC with case folding (full-width letters, ligatures, ㈜ and the like
 *       become plain text), zero-width, bidi and other default-ignorable characters removed, control
 *       characters turned into blanks, names cut at {@value #MAX_LENGTH} characters (nothing longer is
 *       a name, and the cut bounds the work an odd input can cause);
 *   <li>list boilerplate removed ("; and any successor, sub-unit, or subsidiary thereof"), the CSL's
 *       {@code ?} for an apostrophe and apostrophes themselves dropped inside words;
 *   <li>look-alike letters folded (TR39 skeletons) inside words that mix Latin with Cyrillic, Greek
 *       or Armenian, the usual way of slipping a name past a screen;
 *   <li>Han and Hangul runs split at known legal forms (有限公司, 주식회사) and, for a second reading,
 *       at known words (技术 "technology"); the rest transliterated with ICU (Pinyin, Revised
 *       Romanization), other scripts with ICU Any-Latin, diacritics removed;
 *   <li>dots and apostrophes removed ("S.A." reads "sa"), other punctuation made a word break;
 *   <li>each word classified ({@link TokenKind}): legal forms, including multi-word ones ("joint
 *       stock company", "sdn bhd"), are kept as low-weight words with one code per form.
 * </ol>
 */
public final class Normalizer {
    public static final int MAX_LENGTH = 512;

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final int TOKEN_CACHE_LIMIT = 100_000;
    private static final Map<String, Map<String, Token>> TOKENS = new ConcurrentHashMap<>();
    private static final Pattern BOILERPLATE = Pattern.compile(
            "[;,.]?\\s*(?:and|&)\\s+(?:any|all|its)\\s+(?:successors?|sub-?units?|subsidiar(?:y|ies)|affiliates?)"
                    + "(?:,?\\s*(?:or|and)?\\s*(?:successors?|sub-?units?|subsidiar(?:y|ies)|affiliates?))*"
                    + "(?:\\s+thereof)?\\.?");
    private static final Pattern LEADING_AKA =
            Pattern.compile("^(?:a\\.?k\\.?a\\.?|f\\.?k\\.?a\\.?|formerly known as)[:,]?\\s+");
    private static final String APOSTROPHES = "?'’`´ʼ";
    private static final Pattern QUESTION_APOSTROPHE = Pattern.compile("(?<=\\p{L})[" + APOSTROPHES + "](?=\\p{L})");

    private Normalizer() {}

    /**
     * Whether a word (a token's key) is one only organisations' names have, though no legal form or
     * generic business word (Corps, Army, Front, Brigade): the matcher reads acronyms of such names.
     */
    public static boolean organisationWord(String key) {
        return Lexicon.ORGANISATION_WORDS.contains(key);
    }

    /**
     * NFKC, case folding, removal of default-ignorable and control characters, blank collapsing and
     * the length cap. Idempotent.
     */
    public static String fold(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = raw.length() > MAX_LENGTH ? cut(raw) : raw;
        if (isAscii(s)) {
            return foldAscii(s);
        }
        return foldWithIcu(s);
    }

    /** {@link #fold} through ICU, whatever the text; the ASCII fast path must agree with it. */
    static String foldWithIcu(String s) {
        for (int i = 0; i < 3; i++) {
            String next = foldOnce(s);
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        return s;
    }

    /**
     * The kashida (ـ), which stretches a joined Arabic letter for justification or looks (شعبـان,
     * شعبان): no letter, and the same name with or without it (a party may also pad a name with it).
     */
    private static final int ARABIC_TATWEEL = 0x0640;

    private static String foldOnce(String s) {
        String n = NFKC_CF.normalize(s);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = true; // drop leading blanks
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean blank = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL;
            if (type == Character.FORMAT
                    || type == Character.SURROGATE
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || cp == ARABIC_TATWEEL) {
                continue;
            }
            if (blank) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
                continue;
            }
            sb.appendCodePoint(cp);
            space = false;
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        String out = sb.toString();
        return out.length() > MAX_LENGTH ? cut(out).strip() : out;
    }

    /**
     * {@link #foldOnce} for ASCII text, without ICU: on ASCII, NFKC with case folding only lowers
     * A-Z; control characters and blanks become one blank. The result is ASCII and folds to itself,
     * so one pass reaches the fixed point that {@link #fold} iterates to.
     */
    private static String foldAscii(String s) {
        StringBuilder sb = null;
        boolean space = true; // drop leading blanks
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean blank = c <= ' ' || c == 0x7F;
            char out = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (sb == null) {
                boolean kept = blank ? c == ' ' && !space && i + 1 < n : out == c;
                if (kept) {
                    space = blank;
                    continue; // the text so far is already folded
                }
                sb = new StringBuilder(n);
                sb.append(s, 0, i);
            }
            if (blank) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
                continue;
            }
            sb.append(out);
            space = false;
        }
        if (sb == null) {
            return s;
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    private static String cut(String s) {
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The primary reading of a name (see {@link #readings}). */
    public static NormalizedName normalize(String raw) {
        return readings(raw).get(0);
    }

    /**
     * Every reading of a name: one for Latin-script names; for names with Han or Hangul words that the
     * glossary knows, a glossed reading first and the plain transliteration second.
     */
    public static List<NormalizedName> readings(String raw) {
        String original = raw == null ? "" : raw;
        String s = fold(original);
        // each pattern runs only when the text holds what a match must contain
        if (s.startsWith("a") || s.startsWith("f")) {
            s = LEADING_AKA.matcher(s).replaceFirst("");
        }
        if (s.contains("sub") || s.contains("successor") || s.contains("affiliate")) {
            s = BOILERPLATE.matcher(s).replaceAll(" ");
        }
        if (containsAny(s, APOSTROPHES)) {
            s = QUESTION_APOSTROPHE.matcher(s).replaceAll("");
        }
        List<String> words = new ArrayList<>();
        for (String w : s.split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Reading plainReading = new Reading(false, false);
        List<Piece> plain = pieces(words, plainReading);
        // a Hong Kong person's name in Han characters, as Hong Kong spells it (CantoneseReading)
        List<String> cantonese = words.size() == 1 ? CantoneseReading.read(words.get(0)) : List.of();
        if (!plainReading.glossed && !plainReading.readableAsJapanese && cantonese.isEmpty()) {
            return List.of(new NormalizedName(original, readingName(plain), tokens(plain)));
        }
        List<NormalizedName> out = new ArrayList<>(4);
        if (plainReading.glossed) {
            out.add(new NormalizedName(original, "glossed", tokens(pieces(words, new Reading(true, false)))));
        }
        out.add(new NormalizedName(original, "transliterated", tokens(plain)));
        if (plainReading.readableAsJapanese) {
            out.add(new NormalizedName(original, "japanese", tokens(pieces(words, new Reading(false, true)))));
        }
        if (!cantonese.isEmpty()) {
            out.add(new NormalizedName(
                    original,
                    "cantonese",
                    tokens(List.of(new Piece(" " + String.join(" ", cantonese) + " ", "cantonese", null)))));
        }
        return List.copyOf(out);
    }

    private static String readingName(List<Piece> pieces) {
        String reading = "latin";
        for (Piece p : pieces) {
            if (p.origin.equals("confusable")) {
                reading = "confusable";
            } else if (!p.origin.equals("latin") && !p.origin.equals("form")) {
                return "transliterated";
            }
        }
        return reading;
    }

    /**
     * How one reading reads CJK words: with the glossary (and Hanja names the Korean way) or not,
     * kanji the Japanese way or the Chinese; and what the text turned out to hold, which decides the
     * other readings a name gets.
     */
    private static final class Reading {
        final boolean useGloss;
        final boolean japanese;
        boolean glossed;
        boolean readableAsJapanese;

        Reading(boolean useGloss, boolean japanese) {
            this.useGloss = useGloss;
            this.japanese = japanese;
        }
    }

    /** A stretch of Latin text and where it came from, before it is cut into words. */
    private record Piece(String text, String origin, String form) {}

    private static List<Piece> pieces(List<String> words, Reading reading) {
        List<Piece> out = new ArrayList<>();
        for (String word : words) {
            if (isAscii(word)) {
                // ASCII is Latin or common script throughout: no look-alikes to fold, one run
                out.add(new Piece(word, "latin", null));
                out.add(new Piece(" ", "latin", null));
                continue;
            }
            String w = word;
            String origin = "latin";
            if (mixesConfusableScripts(w)) {
                w = foldConfusables(w);
                origin = "confusable";
            }
            splitScripts(w, origin, reading, out);
            out.add(new Piece(" ", "latin", null));
        }
        return out;
    }

    private static boolean mixesConfusableScripts(String w) {
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            int sc = UScript.getScript(cp);
            if (sc == UScript.LATIN) {
                latin = true;
            } else if (sc == UScript.CYRILLIC
                    || sc == UScript.GREEK
                    || sc == UScript.ARMENIAN
                    || sc == UScript.CHEROKEE) {
                other = true;
            }
        }
        return latin && other;
    }

    private static String foldConfusables(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            int sc = UScript.getScript(cp);
            String folded = sc != UScript.LATIN && Character.isLetter(cp) ? Transliteration.confusable(cp) : null;
            if (folded != null) {
                sb.append(folded);
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private enum ScriptClass {
        LATIN,
        HAN,
        HANGUL,
        OTHER
    }

    private static ScriptClass classOf(int cp) {
        int sc = UScript.getScript(cp);
        return switch (sc) {
            case UScript.LATIN, UScript.COMMON, UScript.INHERITED, UScript.UNKNOWN -> ScriptClass.LATIN;
            case UScript.HAN -> ScriptClass.HAN;
            case UScript.HANGUL -> ScriptClass.HANGUL;
            default -> ScriptClass.OTHER;
        };
    }

    private static void splitScripts(String w, String origin, Reading reading, List<Piece> out) {
        int i = 0;
        while (i < w.length()) {
            int cp = w.codePointAt(i);
            ScriptClass cls = classOf(cp);
            int j = i + Character.charCount(cp);
            while (j < w.length()) {
                int c2 = w.codePointAt(j);
                ScriptClass k = classOf(c2);
                // digits and punctuation (COMMON) join whatever run they sit in, and so does the kana's
                // prolonged sound mark, a letter of no script of its own (ソニー, Sony: not "soni" and "ー")
                if (k != cls
                        && !(c2 == '\u30FC' && cls != ScriptClass.LATIN)
                        && !(k == ScriptClass.LATIN
                                && UScript.getScript(c2) != UScript.LATIN
                                && cls != ScriptClass.LATIN
                                && !Character.isLetterOrDigit(c2)
                                && c2 != '('
                                && c2 != ')'
                                && c2 != '（'
                                && c2 != '）')) {
                    break;
                }
                j += Character.charCount(c2);
            }
            String run = w.substring(i, j);
            switch (cls) {
                case LATIN -> out.add(new Piece(run, origin, null));
                case HAN, HANGUL -> segmentCjk(run, cls, reading, out);
                case OTHER -> other(run, out);
            }
            i = j;
        }
    }

    private static void segmentCjk(String run, ScriptClass cls, Reading reading, List<Piece> out) {
        String origin = cls == ScriptClass.HAN ? "han" : "hangul";
        List<String> korean = cls == ScriptClass.HAN ? KoreanNames.readHanja(run) : null;
        if (korean != null) {
            // a Korean name in Hanja: its Korean reading is the glossed reading, its Chinese one the plain
            reading.glossed = true;
            if (reading.useGloss) {
                out.add(new Piece(" " + String.join(" ", korean) + " ", "hangul", null));
                return;
            }
        }
        StringBuilder pending = new StringBuilder();
        int i = 0;
        outer:
        while (i < run.length()) {
            char first = run.charAt(i);
            for (Map.Entry<String, String> f : Lexicon.NATIVE_FORMS_BY_FIRST_CHAR.getOrDefault(first, List.of())) {
                if (run.startsWith(f.getKey(), i)) {
                    flushCjk(pending, cls, origin, reading, out);
                    out.add(new Piece(" ", "latin", null));
                    out.add(new Piece(f.getKey(), "form", f.getValue()));
                    out.add(new Piece(" ", "latin", null));
                    i += f.getKey().length();
                    continue outer;
                }
            }
            int ordinalEnd = cls == ScriptClass.HAN && first == '第' ? chineseNumeralEnd(run, i + 1) : i + 1;
            if (ordinalEnd > i + 1) {
                // 第十四研究所, the 14th Research Institute: the lists write the number in digits
                reading.glossed = true;
                if (reading.useGloss) {
                    flushCjk(pending, cls, origin, reading, out);
                    out.add(new Piece(" " + chineseNumber(run.substring(i + 1, ordinalEnd)) + " ", "gloss", null));
                    i = ordinalEnd;
                    continue;
                }
            }
            Map.Entry<String, String> japaneseGloss = cls == ScriptClass.HAN ? japaneseGlossAt(run, i) : null;
            if (japaneseGloss != null && !reading.japanese && !reading.readableAsJapanese && !pending.isEmpty()) {
                // 伊藤忠商事: Kuromoji knows 伊藤忠 (Itochu) but not the run as one, which the table reads
                reading.readableAsJapanese =
                        !JapaneseReading.read(pending.toString()).isEmpty();
            }
            if (reading.japanese && japaneseGloss != null) {
                // 三菱電機 in its Japanese reading: Mitsubishi (Kuromoji) and electric (the table)
                flushCjk(pending, cls, origin, reading, out);
                out.add(new Piece(" " + japaneseGloss.getValue() + " ", "gloss", null));
                i += japaneseGloss.getKey().length();
                continue;
            }
            for (Map.Entry<String, String> g : Lexicon.GLOSSES_BY_FIRST_CHAR.getOrDefault(first, List.of())) {
                if (run.startsWith(g.getKey(), i)) {
                    reading.glossed = true;
                    if (reading.useGloss) {
                        flushCjk(pending, cls, origin, reading, out);
                        out.add(new Piece(" " + g.getValue() + " ", "gloss", null));
                        i += g.getKey().length();
                        continue outer;
                    }
                    break;
                }
            }
            int cp = run.codePointAt(i);
            if (classOf(cp) == ScriptClass.LATIN && !Character.isLetterOrDigit(cp)) {
                // brackets and the like inside a Chinese name separate words: 摩尔线程智能科技（北京）
                flushCjk(pending, cls, origin, reading, out);
                out.add(new Piece(" ", "latin", null));
            } else {
                pending.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        flushCjk(pending, cls, origin, reading, out);
    }

    /** The entry of the Japanese company-word table that starts at {@code run[i]}, the longest, or null. */
    private static Map.Entry<String, String> japaneseGlossAt(String run, int i) {
        for (Map.Entry<String, String> g :
                Lexicon.JAPANESE_GLOSSES_BY_FIRST_CHAR.getOrDefault(run.charAt(i), List.of())) {
            if (run.startsWith(g.getKey(), i)) {
                return g;
            }
        }
        return null;
    }

    /** The Chinese numerals: digits, and the units ten, hundred and thousand. */
    private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千";
    /** An ordinal of more numerals than this (a thousand and more) is no institute's number. */
    private static final int LONGEST_CHINESE_NUMBER = 7;

    /** The end of the Chinese numerals from {@code from} (that index itself when there are none or too many). */
    static int chineseNumeralEnd(String run, int from) {
        int end = from;
        while (end < run.length() && CHINESE_NUMERALS.indexOf(run.charAt(end)) >= 0) {
            end++;
        }
        return end - from > LONGEST_CHINESE_NUMBER ? from : end;
    }

    /**
     * The value of Chinese numerals with units below ten thousand: 十四 14, 二十 20, 七百二十二 722, 一百零五
     * 105; digits without units (at most {@value #LONGEST_CHINESE_NUMBER}) are read one by one, as
     * institutes' numbers are often written (七二二 722).
     */
    static int chineseNumber(String numerals) {
        if (numerals.indexOf('十') < 0 && numerals.indexOf('百') < 0 && numerals.indexOf('千') < 0) {
            int value = 0;
            for (int k = 0; k < numerals.length(); k++) {
                char c = numerals.charAt(k);
                value = value * 10 + (c == '两' ? 2 : Math.max(0, "零一二三四五六七八九".indexOf(c)));
            }
            return value;
        }
        int total = 0;
        int digit = 0;
        for (int k = 0; k < numerals.length(); k++) {
            char c = numerals.charAt(k);
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (unit > 0) {
                total += (digit == 0 ? 1 : digit) * unit;
                digit = 0;
            } else {
                digit = c == '两' ? 2 : Math.max(0, "零一二三四五六七八九".indexOf(c));
            }
        }
        return total + digit;
    }

    private static void flushCjk(
            StringBuilder pending, ScriptClass cls, String origin, Reading reading, List<Piece> out) {
        if (pending.isEmpty()) {
            return;
        }
        String s = pending.toString();
        pending.setLength(0);
        List<String> name = cls == ScriptClass.HANGUL ? KoreanNames.splitHangul(s) : null;
        if (name != null) {
            out.add(new Piece(" " + String.join(" ", name) + " ", origin, null));
            return;
        }
        List<String> japanese = cls == ScriptClass.HAN ? JapaneseReading.read(s) : List.of();
        if (!japanese.isEmpty()) {
            reading.readableAsJapanese = true;
            if (reading.japanese) {
                out.add(new Piece(" " + String.join(" ", japanese) + " ", "japanese", null));
                return;
            }
        }
        String latin = cls == ScriptClass.HAN ? Transliteration.han(s) : Transliteration.hangul(s);
        out.add(new Piece(" " + latin + " ", origin, null));
    }

    private static void other(String run, List<Piece> out) {
        for (Map.Entry<String, String> f : Lexicon.NATIVE_FORMS) {
            if (run.equals(f.getKey())) {
                out.add(new Piece(run, "form", f.getValue()));
                return;
            }
        }
        int sc = UScript.getScript(run.codePointAt(0));
        if (sc == UScript.KATAKANA) {
            katakana(run, out);
            return;
        }
        String name = UScript.getName(sc).toLowerCase(java.util.Locale.ROOT);
        String text = run;
        // عبد ("servant of") is written onto the name it governs (عبدالمنان) but spelt apart in Latin
        // (Abdul Manan): read it as a word of its own, unless the whole is a known name (عبدالله)
        if (sc == UScript.ARABIC
                && text.length() > 4
                && text.startsWith("عبد")
                && Equivalents.canonicalOfNative(text) == null) {
            out.add(new Piece(Transliteration.any("عبد") + " ", name, null));
            text = text.substring(3);
        }
        String latin = switch (sc) {
            case UScript.ARABIC -> Transliteration.arabic(text);
            case UScript.CYRILLIC -> Transliteration.cyrillic(text);
            case UScript.GREEK -> Transliteration.greek(text);
            case UScript.DEVANAGARI -> Transliteration.devanagari(text);
            case UScript.THAI -> ThaiRomanization.rtgs(text);
            default -> Transliteration.any(text);
        };
        out.add(new Piece(latin, name, null));
    }

    /**
     * A run of katakana: the English loanwords of company names written back in English (ソニーグループ:
     * soni, group), the rest spelt out. Katakana has no other reading to keep these from.
     */
    private static void katakana(String run, List<Piece> out) {
        StringBuilder pending = new StringBuilder();
        int i = 0;
        while (i < run.length()) {
            Map.Entry<String, String> gloss = japaneseGlossAt(run, i);
            if (gloss == null) {
                pending.append(run.charAt(i++));
                continue;
            }
            if (!pending.isEmpty()) {
                out.add(new Piece(" " + Transliteration.any(pending.toString()) + " ", "katakana", null));
                pending.setLength(0);
            }
            out.add(new Piece(" " + gloss.getValue() + " ", "gloss", null));
            i += gloss.getKey().length();
        }
        if (!pending.isEmpty()) {
            out.add(new Piece(" " + Transliteration.any(pending.toString()) + " ", "katakana", null));
        }
    }

    private static List<Token> tokens(List<Piece> pieces) {
        List<String> words = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.form != null) {
                words.add(p.text);
                origins.add("form");
                forms.add(p.form);
                continue;
            }
            String t = p.text;
            if (!isAscii(t)) {
                t = Transliteration.ascii(t);
                t = UCharacter.foldCase(t, true);
            }
            StringBuilder cur = new StringBuilder();
            for (int i = 0; i <= t.length(); i++) {
                char c = i < t.length() ? t.charAt(i) : ' ';
                if (c == '.' && dottedInitial(cur, t, i)) {
                    cur.append('.'); // "A. Mujahid": an initial, not the stop word a (readToken)
                    continue;
                }
                if (c == '.' || c == '\'' || c == '’' || c == '`') {
                    continue;
                }
                if (c == '&') {
                    flushWord(cur, p.origin, words, origins, forms);
                    words.add("and");
                    origins.add(p.origin);
                    forms.add(null);
                    continue;
                }
                if (Character.isLetterOrDigit(c)) {
                    cur.append(c);
                } else {
                    flushWord(cur, p.origin, words, origins, forms);
                }
            }
        }
        return classify(words, origins, forms);
    }

    /**
     * Whether the period at {@code t[i]} ends a one-letter word that is otherwise a stop word (A., E.,
     * Y.) and a space, a hyphen, a comma or the end follows: an initial. "S.A.", "I.B.M." and
     * "a..ka." run on and stay one word, as before.
     */
    private static boolean dottedInitial(StringBuilder cur, String t, int i) {
        if (cur.length() != 1 || !Lexicon.STOP.contains(cur.toString())) {
            return false;
        }
        if (i + 1 >= t.length()) {
            return true;
        }
        char next = t.charAt(i + 1);
        return Character.isWhitespace(next) || next == '-' || next == ',';
    }

    private static void flushWord(
            StringBuilder cur, String origin, List<String> words, List<String> origins, List<String> forms) {
        if (!cur.isEmpty()) {
            words.add(cur.toString());
            origins.add(origin);
            forms.add(null);
            cur.setLength(0);
        }
    }

    /** The Arabic name ending "ad-Din" (of the faith) as Latin spellings write it after its article. */
    private static final java.util.Set<String> DIN_WORDS = java.util.Set.of("din", "dine", "deen");

    /**
     * The article as Latin spellings write it before "din", assimilated or not (Nasr ad-Din, Salah
     * ud-Din, Nasr ed-Din, Nasr al-Din): read as the article al, a stop word, rather than as a name
     * of its own (and "ed" not as Edward). Written onto the ending (Salah Eddine, Jalal Uddin) the
     * two are one word, which arabic-names.txt pairs with din.
     */
    private static final java.util.Set<String> DIN_ARTICLES = java.util.Set.of("ad", "ud", "ed", "el", "al", "ul");

    private static List<Token> classify(List<String> words, List<String> origins, List<String> forms) {
        joinSpacedLetters(words, origins, forms);
        List<Token> out = new ArrayList<>(words.size());
        int i = 0;
        outer:
        while (i < words.size()) {
            if (forms.get(i) != null) {
                out.add(new Token(words.get(i), forms.get(i), TokenKind.FORM, "form", "", "", ""));
                i++;
                continue;
            }
            long french = frenchNumber(words, forms, i);
            if (french != 0) {
                // vingt et un, soixante-dix-sept, quatre-vingt-dix: one number, as 21, 77 and 90 are
                int n = (int) (french >>> 32);
                out.add(new Token(
                        String.join(" ", words.subList(i, i + n)),
                        Integer.toString((int) french),
                        TokenKind.NUMBER,
                        origins.get(i),
                        "",
                        "",
                        ""));
                i += n;
                continue;
            }
            String compound = compoundNumber(words, forms, i);
            if (compound != null) {
                // twenty-one, Twenty One: one number, as 21 is
                out.add(new Token(
                        words.get(i) + " " + words.get(i + 1), compound, TokenKind.NUMBER, origins.get(i), "", "", ""));
                i += 2;
                continue;
            }
            for (Map.Entry<List<String>, String> phrase :
                    Lexicon.FORM_PHRASES_BY_FIRST_WORD.getOrDefault(words.get(i), List.of())) {
                List<String> ph = phrase.getKey();
                if (i + ph.size() <= words.size() && samePhrase(words.subList(i, i + ph.size()), ph)) {
                    out.add(new Token(
                            String.join(" ", ph), phrase.getValue(), TokenKind.FORM, origins.get(i), "", "", ""));
                    i += ph.size();
                    continue outer;
                }
            }
            if (i + 1 < words.size()
                    && DIN_ARTICLES.contains(words.get(i))
                    && forms.get(i + 1) == null
                    && DIN_WORDS.contains(words.get(i + 1))) {
                // Nasr ad-Din: "ad" is the article, as "al" in Nasr al-Din
                out.add(new Token(words.get(i), "al", TokenKind.STOP, origins.get(i), "", "", ""));
                i++;
                continue;
            }
            if (assimilatedArticle(words, forms, origins, i)) {
                // Zia ur Rahman: "ur" is the article, as "al" in Abd al-Rahman
                out.add(new Token(words.get(i), "al", TokenKind.STOP, origins.get(i), "", "", ""));
                i++;
                continue;
            }
            if (sonOf(words, forms, origins, i)) {
                // Zulkifli bin Abdul Hir: "bin" says "son of", as "al" says "the": a particle, not a name
                // that a party's shorter name must hold (Z. Hir)
                out.add(new Token(words.get(i), "bin", TokenKind.STOP, origins.get(i), "", "", ""));
                i++;
                continue;
            }
            out.add(token(words.get(i), origins.get(i)));
            i++;
        }
        return out;
    }

    /** "Son of" and "daughter of" in Latin spellings of Arabic and Malay names. */
    private static final java.util.Set<String> SON_OF = java.util.Set.of("bin", "ibn", "ibnu", "ben", "bint", "binti");

    /** بن and بنت as ICU reads them. */
    private static final java.util.Set<String> ARABIC_SON_OF = java.util.Set.of("bn", "bnt");

    /**
     * Whether word {@code i} is "son of" between two names of an Arabic-script name, or of a Latin
     * one that another word marks as Arabic ({@link ArabicLatinKey#looksArabicWord}): not first or
     * last, where Bin and Ben are given or family names (Bin Wang, Ben Smith, Wang Bin), and not in
     * a name with nothing Arabic about it (Wang Bin Hai, a Chinese given name's syllable).
     */
    private static boolean sonOf(List<String> words, List<String> forms, List<String> origins, int i) {
        if (origins.get(i).equals("arabic")) {
            return betweenTwoWords(words, forms, i) && ARABIC_SON_OF.contains(words.get(i));
        }
        return particleOfAnArabicName(words, forms, i, SON_OF);
    }

    /**
     * The article al as South Asian and other Latin spellings write it assimilated to the next name's
     * first letter, apart or hyphenated (Zia ur Rahman, Zia-ul-Haq, Abd as-Sattar, Mohammad Shams uz Zaman):
     * ur, ul, us, uz, un, ush, ut and ar, as, az, ash.
     */
    private static final java.util.Set<String> ASSIMILATED_ARTICLES =
            java.util.Set.of("ul", "ur", "us", "uz", "un", "ush", "ut", "ar", "as", "az", "ash");

    /**
     * Whether word {@code i} is an assimilated article ({@link #ASSIMILATED_ARTICLES}) between two words of a
     * Latin name that another word marks as Arabic: read as the article al, a stop word, not as a name
     * a shorter alias must hold (Zia Rahman Madani, ZIA-UR-RAHMAN MADANI).
     */
    private static boolean assimilatedArticle(List<String> words, List<String> forms, List<String> origins, int i) {
        return !origins.get(i).equals("arabic") && particleOfAnArabicName(words, forms, i, ASSIMILATED_ARTICLES);
    }

    /** Whether word {@code i} has a word on each side and neither is a legal form. */
    private static boolean betweenTwoWords(List<String> words, List<String> forms, int i) {
        return i > 0 && i + 1 < words.size() && forms.get(i - 1) == null && forms.get(i + 1) == null;
    }

    /**
     * Whether word {@code i} is one of {@code particles} between two words of a Latin name in which a
     * word other than these particles looks Arabic ({@link ArabicLatinKey#looksArabicWord}).
     */
    private static boolean particleOfAnArabicName(
            List<String> words, List<String> forms, int i, java.util.Set<String> particles) {
        if (!betweenTwoWords(words, forms, i) || !particles.contains(words.get(i))) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (k != i && !particles.contains(words.get(k)) && ArabicLatinKey.looksArabicWord(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The digits of a number written in two words from word {@code i}, a ten and a unit (twenty-one,
     * Twenty One, ninety nine, twenty-first, vingt-deux: the hyphen is already a word break), or null.
     * French numbers that this does not read are {@link #frenchNumber}'s; other languages' number
     * words are not read.
     */
    static String compoundNumber(List<String> words, List<String> forms, int i) {
        if (i + 1 >= words.size() || forms.get(i) != null || forms.get(i + 1) != null) {
            return null;
        }
        String tens = Lexicon.NUMBER_WORDS.get(words.get(i));
        String unit = Lexicon.NUMBER_WORDS.get(words.get(i + 1));
        if (unit == null) {
            unit = Lexicon.ORDINALS.get(words.get(i + 1)); // twenty-first, as 21st
        }
        if (tens == null
                || unit == null
                || tens.length() != 2
                || tens.charAt(1) != '0'
                || unit.length() != 1
                || isRomanNumeral(words.get(i))
                || isRomanNumeral(words.get(i + 1))) {
            return null;
        }
        return tens.charAt(0) + unit;
    }

    /**
     * A French number of two to five words from word {@code i} (the hyphens are word breaks already),
     * as words consumed times 2^32 plus the value, or 0: a ten (vingt ... soixante, quatre-vingt(s))
     * with a unit, "et un", "et onze", or after soixante and quatre-vingt a number from dix to
     * dix-neuf (soixante-dix-sept 77, quatre-vingt-onze 91); dix-sept to dix-neuf alone. A ten alone
     * is a single number word ({@link Lexicon#NUMBER_WORDS}), quatre-vingts alone 80.
     */
    static long frenchNumber(List<String> words, List<String> forms, int i) {
        int n = words.size();
        int end = Math.min(n, i + 5);
        for (int k = i; k < end; k++) {
            if (forms.get(k) != null) {
                end = k;
            }
        }
        if (end - i < 2) {
            return 0;
        }
        int j = i;
        int value;
        Integer first = Lexicon.FRENCH_NUMBERS.get(words.get(j));
        if (first == null) {
            return 0;
        }
        if (first == 4 && (words.get(j + 1).equals("vingt") || words.get(j + 1).equals("vingts"))) {
            value = 80;
            j += 2;
        } else if (first >= 20) {
            value = first;
            j++;
        } else if (first == 10) {
            Integer unit = Lexicon.FRENCH_NUMBERS.get(words.get(j + 1));
            return unit != null && unit >= 7 && unit <= 9 ? pack(2, 10 + unit) : 0;
        } else {
            return 0;
        }
        boolean score = value == 60 || value == 80; // counted by twenties: soixante-dix, quatre-vingt-dix
        if (j + 1 < end && words.get(j).equals("et")) {
            Integer unit = Lexicon.FRENCH_NUMBERS.get(words.get(j + 1));
            if (unit != null && (unit == 1 || score && unit == 11)) {
                return pack(j + 2 - i, value + unit);
            }
            return 0;
        }
        if (j < end) {
            Integer next = Lexicon.FRENCH_NUMBERS.get(words.get(j));
            if (next != null && next == 10 && score) {
                Integer unit = j + 1 < end ? Lexicon.FRENCH_NUMBERS.get(words.get(j + 1)) : null;
                if (unit != null && unit >= 7 && unit <= 9) {
                    return pack(j + 2 - i, value + 10 + unit);
                }
                return pack(j + 1 - i, value + 10);
            }
            if (next != null && (next >= 1 && next <= 9 || score && next >= 11 && next <= 16)) {
                return pack(j + 1 - i, value + next);
            }
        }
        return value == 80 ? pack(j - i, 80) : 0; // quatre-vingts; a ten alone is read as one word
    }

    private static long pack(int consumed, int value) {
        return (long) consumed << 32 | value;
    }

    /**
     * A name written a letter at a time ("H U A W E I", "H-U-A-W-E-I"), a way to slip past a matcher
     * that compares words, reads as the one word it spells: three or more one-letter words in a row are
     * joined. Two stay apart: they are usually initials ("J. P. Morgan").
     */
    static void joinSpacedLetters(List<String> words, List<String> origins, List<String> forms) {
        for (int i = 0; i < words.size(); i++) {
            int j = i;
            while (j < words.size() && forms.get(j) == null && words.get(j).length() == 1) {
                j++;
            }
            if (j - i >= 3) {
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < j; k++) {
                    sb.append(words.get(k));
                }
                words.subList(i + 1, j).clear();
                origins.subList(i + 1, j).clear();
                forms.subList(i + 1, j).clear();
                words.set(i, sb.toString());
            }
        }
    }

    /**
     * Classifies one folded word. Public for the matcher, which re-reads merged words. Words recur
     * (legal forms, business words, the same names in a batch), so tokens are cached per origin; a
     * cache is dropped wholesale when it outgrows its bound, as in {@link Transliteration}.
     */
    public static Token token(String word, String origin) {
        Map<String, Token> cache = TOKENS.computeIfAbsent(origin, o -> new ConcurrentHashMap<>());
        Token t = cache.get(word);
        if (t == null) {
            t = readToken(word, origin);
            if (cache.size() > TOKEN_CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(word, t);
        }
        return t;
    }

    private static Token readToken(String word, String origin) {
        if (word.length() == 2 && word.charAt(1) == '.') {
            String letter = word.substring(0, 1); // a dotted initial (tokens)
            return new Token(letter, letter, TokenKind.INITIAL, origin, "", "", "");
        }
        String form = Lexicon.FORMS.get(word);
        if (form == null && word.length() >= LONG_FORM) {
            form = slippedLongForm(word);
        }
        if (form != null) {
            return new Token(word, form, TokenKind.FORM, origin, "", "", "");
        }
        if (Lexicon.STOP.contains(word) || origin.equals("arabic") && Lexicon.ARABIC_STOP.contains(word)) {
            return new Token(word, word, TokenKind.STOP, origin, "", "", "");
        }
        // Latin letters, look-alikes folded among them (Shаikh with a Cyrillic a) or Cyrillic, and Arabic
        // script: a Korean or Japanese reading that spells haji is no title
        String title = origin.equals("arabic") ? Lexicon.ARABIC_TITLES.get(word) : Lexicon.TITLES.get(word);
        if (title != null && (Token.latinOrCyrillic(origin) || origin.equals("arabic"))) {
            return new Token(word, title, TokenKind.STOP, origin, "", "", "");
        }
        if (isDigits(word)) {
            return new Token(word, word, TokenKind.NUMBER, origin, "", "", "");
        }
        String ordinal = Lexicon.ORDINALS.get(word);
        if (ordinal == null) {
            ordinal = numberedOrdinal(word);
        }
        if (ordinal != null) {
            return new Token(word, ordinal, TokenKind.NUMBER, origin, "", "", "");
        }
        String numeral = Lexicon.NUMBER_WORDS.get(word);
        if (numeral != null && isRomanNumeral(word)) {
            // Fund IX is Fund 9, and a number: Fund XI differs from it as 11 from 9
            return new Token(word, numeral, TokenKind.NUMBER, origin, "", "", "");
        }
        if (word.length() == 1) {
            return new Token(word, word, TokenKind.INITIAL, origin, "", "", "");
        }
        // an English plural's s is dropped (Industries, Holdings); a word transliterated from an abjad
        // keeps its final s, a consonant of its skeleton (القدوس, alqdws: Quddus; يونس, ywns: Yunus)
        String key = Lexicon.ABBREVIATIONS.get(word);
        boolean translated = false;
        if (key == null) {
            // a sector word in another language or transliterated (tejarat, unhaeng) reads as its
            // English word, in Latin letters only: a word from an abjad is a skeleton, not a spelling
            String translation = origin.equals("latin") ? Lexicon.TRANSLATIONS.get(word) : null;
            translated = translation != null;
            key = translated ? translation : Skeleton.isAbjad(origin) ? word : stem(word);
        }
        TokenKind kind;
        if (translated) {
            // a distinctive word still: "Bank Tejarat" and "Construcciones e Inversiones" are names
            // whose words are generic only once translated, and must not fall to the weight of "Bank Trading"
            kind = TokenKind.NAME;
        } else if (Lexicon.GENERIC.contains(key) || Lexicon.GENERIC.contains(word)) {
            kind = TokenKind.GENERIC;
        } else if (Lexicon.LOCATIONS.contains(key) || Lexicon.LOCATIONS.contains(word)) {
            kind = TokenKind.LOCATION;
            // a country's adjective names the same place (Chinese Academy, China Academy): one key, so
            // that two names are never told apart as naming different places by it
            key = Lexicon.DEMONYMS.getOrDefault(word, key);
        } else {
            kind = TokenKind.NAME;
        }
        String phonetic = "";
        if (kind == TokenKind.NAME && key.length() >= 4) {
            String code = METAPHONE.doubleMetaphone(key);
            phonetic = code == null || code.length() < 3 ? "" : code;
        }
        String zh = kind == TokenKind.GENERIC ? "" : ChineseRomanization.key(key);
        String ko = kind == TokenKind.GENERIC ? "" : KoreanRomanization.key(key);
        return new Token(word, key, kind, origin, phonetic, zh, ko);
    }

    /**
     * Whether the words spell a legal-form phrase, a long word of it allowed one slip (a letter
     * left out, added, changed or two swapped: "Obshcehstvo", "Responsbilidad"): a phrase read as a
     * form weighs almost nothing, and a slip that broke it would leave its words as heavy distinctive
     * words no listed name has.
     */
    private static boolean samePhrase(List<String> words, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            String w = words.get(k);
            if (w.length() == 2 && w.charAt(1) == '.') {
                w = w.substring(0, 1); // a dotted letter (tokens) in a phrase is the letter: "S. A."
            }
            String p = phrase.get(k);
            if (!w.equals(p) && (k == 0 || p.length() < 6 || !oneSlipApart(w, p))) {
                return false;
            }
        }
        return true;
    }

    /** Legal-form words this long or longer whose code is a word too are read through one slip. */
    private static final int LONG_FORM = 10;

    /**
     * The written-out words of the Russian joint-stock forms (aktsionernoe, obshchestvo, publichnoe,
     * tovarishchestvo: the one-word forms whose code is such a word itself, see legal-forms.txt), with
     * their codes. The lists write them in full in hundreds of names, and a slip in one would leave a
     * heavy word. Other long forms (Corporation, Establishment) are read exactly: "Corporacion" stays a
     * word of the name.
     */
    private static final List<Map.Entry<String, String>> LONG_FORMS = Lexicon.FORMS.entrySet().stream()
            .filter(e -> e.getKey().length() >= LONG_FORM && e.getValue().length() >= LONG_FORM)
            .sorted(Map.Entry.comparingByKey())
            .toList();

    /**
     * The code of the written-out form word that {@code word} is one slip from ("Aktsioenrnoe",
     * "Obshcestvo"), or null: a form weighs almost nothing, and a slip that broke it would leave a
     * heavy distinctive word that no listed name has (as in {@link #samePhrase}).
     */
    private static String slippedLongForm(String word) {
        for (Map.Entry<String, String> f : LONG_FORMS) {
            if (oneSlipApart(word, f.getKey())) {
                return f.getValue();
            }
        }
        return null;
    }

    /** At most one insertion, deletion, substitution or swap of neighbours turns a into b. */
    static boolean oneSlipApart(String a, String b) {
        return oneEditApart(a, b, true);
    }

    /**
     * Whether at most one inserted, deleted or replaced letter, or with {@code neighboursSwapped} also
     * two neighbours swapped, turns {@code a} into {@code b} (equal words too). Public for the matcher,
     * which asks it without swaps.
     */
    public static boolean oneEditApart(String a, String b, boolean neighboursSwapped) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return i == la
                    || a.regionMatches(i + 1, b, i + 1, la - i - 1) // a substitution
                    || neighboursSwapped
                            && i + 1 < la
                            && a.charAt(i) == b.charAt(i + 1)
                            && a.charAt(i + 1) == b.charAt(i)
                            && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    /** The digits of an ordinal written with digits (21st, 42nd, 103rd, 11th), or null. */
    static String numberedOrdinal(String w) {
        int n = w.length();
        if (n < 3 || !Character.isDigit(w.charAt(0))) {
            return null;
        }
        String suffix = w.substring(n - 2);
        if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
            return null;
        }
        String digits = w.substring(0, n - 2);
        return isDigits(digits) ? digits.replaceFirst("^0+(?=.)", "") : null;
    }

    private static boolean isRomanNumeral(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != 'i' && c != 'v' && c != 'x') {
                return false;
            }
        }
        return true;
    }

    static String stem(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether every character of {@code s} is ASCII. */
    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
