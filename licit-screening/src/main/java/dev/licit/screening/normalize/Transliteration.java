package dev.licit.screening.normalize;

import com.ibm.icu.text.Replaceable;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UTF16;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * ICU4J transliteration and TR39 confusable folding, cached.
 *
 * <p>ICU's Han-Latin costs 0.15 to 0.3 ms per call even on the lock-free text below, so results are
 * cached (the same names recur in batches); the cache is dropped wholesale when it grows past its bound rather than
 * tracking recency, which is cheaper and good enough for name traffic. Transliterator instances are
 * pooled, one per concurrent caller, because ICU does not promise they are safe to share; a pool
 * rather than a thread-local because a server's virtual threads each live for one request, and
 * building a Han-Latin transliterator is far dearer than using one.
 */
final class Transliteration {
    private static final int CACHE_LIMIT = 200_000;
    static final String RECORDED_FILE = "table-transliterations.txt";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    /**
     * What the shipped tables' own words transliterate to (legal forms such as Spółka z ograniczoną
     * odpowiedzialnością, Arabic names), recorded from ICU in {@code table-transliterations.txt} and
     * checked against it by {@code TableTransliterationsTest}: the tables are read in every process,
     * and building ICU's transliterators for them cost a short command tens of milliseconds.
     */
    private static final Map<String, String> RECORDED = recorded();

    private static final java.util.concurrent.atomic.AtomicInteger ICU_CALLS =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final Queue<String> ICU_KEYS = new ConcurrentLinkedQueue<>();
    private static final Map<Integer, String> CONFUSABLE = new ConcurrentHashMap<>();
    /** Built when first needed (a word mixing scripts): loading the confusables data costs a cold process time. */
    private static final class Spoof {
        static final SpoofChecker CHECKER = new SpoofChecker.Builder().build();
    }

    private static final Pool HAN = new Pool("Han-Latin; Latin-ASCII");
    private static final Pool HANGUL = new Pool("Hangul-Latin; Latin-ASCII");
    private static final Pool ANY = new Pool("Any-Latin; Latin-ASCII");
    private static final Pool ASCII = new Pool("Latin-ASCII");

    private Transliteration() {}

    /** Idle transliterators of one ICU id; grows to the number of callers at once. */
    private static final class Pool {
        private final String id;
        private final Queue<Transliterator> idle = new ConcurrentLinkedQueue<>();
        private volatile boolean built;

        Pool(String id) {
            this.id = id;
        }

        String transliterate(String s) {
            Transliterator t = idle.poll();
            if (t == null) {
                t = Transliterator.getInstance(id);
                built = true;
            }
            try {
                // what t.transliterate(s) does, on a text without locks: the same steps, the same result
                BuilderText text = new BuilderText(s);
                t.transliterate(text);
                return text.toString();
            } finally {
                idle.offer(t);
            }
        }
    }

    /**
     * ICU's {@code ReplaceableString}, method for method, over a {@link StringBuilder} instead of a
     * {@link StringBuffer}. A rule-based transliterator reads its text a character at a time, and
     * every {@code StringBuffer} read takes a lock: Han-Latin spent most of its time there (3,000
     * Chinese company names: 0.6 ms a name with ICU's text, 0.14 to 0.3 ms with this one).
     */
    static final class BuilderText implements Replaceable {
        private final StringBuilder buf;

        BuilderText(String s) {
            buf = new StringBuilder(s);
        }

        @Override
        public int length() {
            return buf.length();
        }

        @Override
        public char charAt(int offset) {
            return buf.charAt(offset);
        }

        @Override
        public int char32At(int offset) {
            // ICU's reading: a trail surrogate after its lead gives the whole code point
            return UTF16.charAt(buf, offset);
        }

        @Override
        public void getChars(int srcStart, int srcLimit, char[] dst, int dstStart) {
            if (srcStart != srcLimit) {
                buf.getChars(srcStart, srcLimit, dst, dstStart);
            }
        }

        @Override
        public void replace(int start, int limit, String text) {
            buf.replace(start, limit, text);
        }

        @Override
        public void replace(int start, int limit, char[] chars, int charsStart, int charsLen) {
            buf.delete(start, limit);
            buf.insert(start, chars, charsStart, charsLen);
        }

        @Override
        public void copy(int start, int limit, int dest) {
            if (start == limit && start >= 0 && start <= buf.length()) {
                return;
            }
            char[] text = new char[limit - start];
            getChars(start, limit, text, 0);
            replace(dest, dest, text, 0, limit - start);
        }

        @Override
        public boolean hasMetaData() {
            return false;
        }

        @Override
        public String toString() {
            return buf.toString();
        }
    }

    /** Han (and kana) to Pinyin syllables, tone marks removed, syllables joined. */
    static String han(String run) {
        return cached("h:", run, HanSyllables::read).replace(" ", "");
    }

    /**
     * ICU's Han-Latin, character by character. Its rules are a step that puts spaces between Han
     * characters, three rules with a following context (藏 before 文, 重 before 庆, 秘 before 鲁) and
     * then one rule per set of characters read alike; Latin-ASCII then only drops tone marks from
     * lower-case syllables. So once spaces are dropped a run reads as the concatenation of its
     * characters' readings, unless it holds one of the three characters with a context or anything
     * but Han (kana, a combining mark), which goes to ICU whole. Each character is asked of ICU once per process: a whole name cost 0.15 to 0.3 ms
     * in ICU, a tenth of a run of 20,000 orders with Chinese names. {@code TableTransliterationsTest}
     * holds ICU's rules to this shape and compares both on every character of the main CJK block and on
     * random runs over the Han blocks, kana and supplementary characters.
     */
    static final class HanSyllables {
        /** The characters ICU reads by what follows them (its rules with a context). */
        static final String CONTEXTUAL = "藏重秘";

        private static final Map<Integer, String> SYLLABLE = new ConcurrentHashMap<>();

        private HanSyllables() {}

        static String read(String run) {
            if (!byCharacter(run)) {
                return HAN.transliterate(run);
            }
            StringBuilder out = new StringBuilder(run.length() * 4);
            run.codePoints().forEach(c -> out.append(SYLLABLE.computeIfAbsent(c, HanSyllables::ofOne)));
            return out.toString();
        }

        /**
         * Whether every character is a Han ideograph without a context rule. Anything else (kana, a
         * combining mark that Latin-ASCII folds into the syllable before it) is read by ICU whole.
         */
        private static boolean byCharacter(String run) {
            for (int i = 0; i < run.length(); ) {
                int c = run.codePointAt(i);
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || CONTEXTUAL.indexOf(c) >= 0) {
                    return false;
                }
                i += Character.charCount(c);
            }
            return true;
        }

        private static String ofOne(int codePoint) {
            String recorded = Recorded.syllable(codePoint);
            return recorded != null
                    ? recorded
                    : HAN.transliterate(Character.toString(codePoint)).replace(" ", "");
        }

        /**
         * What ICU reads each Han character as, recorded from it in {@code han-syllables.txt}: building
         * ICU's Han-Latin (its registry, then some 1,500 rules over 40,000 characters) cost a process
         * 0.3 s of CPU at its first Chinese name, a third of a cold {@code screen} of one.
         * {@code HanSyllableTableTest} holds the file to what ICU reads of every Han character, so a
         * character that ICU leaves as it is, or that a later ICU reads otherwise, fails the build
         * rather than the reading; a character the file lacks still goes to ICU.
         */
        static final class Recorded {
            static final String FILE = "han-syllables.txt";
            private static final SyllableTable TABLE = SyllableTable.read(FILE);

            private Recorded() {}

            static String syllable(int codePoint) {
                return TABLE.of(codePoint);
            }
        }
    }

    /** Whether this process built ICU's Han-Latin transliterator (tests: the recorded syllables spare it). */
    static boolean hanTransliteratorBuilt() {
        return HAN.built;
    }

    /** Hangul to Revised Romanization. */
    static String hangul(String run) {
        return cached("k:", run, HANGUL).replace("-", "").replace("'", "");
    }

    /** Any other script (Cyrillic, Greek, Arabic, Hebrew, Thai ...) to Latin. */
    static String any(String run) {
        return cached("a:", run, ANY);
    }

    /** An Arabic-script run (Arabic, Persian, Urdu, Pashto) in Latin letters: ICU's Any-Latin after {@link #urduAndPashtoLetters}. */
    static String arabic(String run) {
        return any(urduAndPashtoLetters(run));
    }

    /**
     * Urdu and Pashto letters that ICU's Any-Latin reads otherwise than Latin spellings of the names
     * write them, as the Arabic or Persian letter that it reads so: ځ (Pashto dz, z in names: ځدران,
     * Zadran) as ز; ښ (Pashto sh or kh, which ICU gives with a modifier mark no Latin name holds) as ش;
     * ں (Urdu nasal n, which ICU reads as a word break: خاں, Khan) as ن; ھ (the h of Urdu's aspirates,
     * a modifier letter in ICU's reading: بھٹو, Bhutto) as ه.
     */
    static String urduAndPashtoLetters(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char m = switch (c) {
                case '\u0681' -> '\u0632'; // ځ -> ز
                case '\u069A' -> '\u0634'; // ښ -> ش
                case '\u06BA' -> '\u0646'; // ں -> ن
                case '\u06BE' -> '\u0647'; // ھ -> ه
                default -> c;
            };
            if (m != c && sb == null) {
                sb = new StringBuilder(text);
            }
            if (sb != null) {
                sb.setCharAt(i, m);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Russian, Ukrainian and Belarusian Cyrillic as passports and the lists spell it (ICAO Doc 9303
     * and BGN/PCGN: Зайцев Zaytsev, Шойгу Shoygu, Щербаков Shcherbakov, Хабаров Khabarov), rather
     * than ICU's scholarly ISO 9 (Zajcev, Šojgu), which few lists use. Letters not in the table go
     * through ICU.
     */
    static String cyrillic(String run) {
        String key = "c:" + run;
        String v = CACHE.get(key);
        if (v != null) {
            return v;
        }
        StringBuilder sb = new StringBuilder(run.length() + 8);
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            char lower = Character.toLowerCase(c);
            boolean wordStart = i == 0 || !Character.isLetter(run.charAt(i - 1));
            String latin = switch (lower) {
                case 'а' -> "a";
                case 'б' -> "b";
                case 'в' -> "v";
                case 'г' -> "g";
                case 'д' -> "d";
                case 'е' -> wordStart ? "ye" : "e";
                case 'ё' -> "yo";
                case 'ж' -> "zh";
                case 'з' -> "z";
                case 'и' -> "i";
                case 'й' -> "y";
                case 'к' -> "k";
                case 'л' -> "l";
                case 'м' -> "m";
                case 'н' -> "n";
                case 'о' -> "o";
                case 'п' -> "p";
                case 'р' -> "r";
                case 'с' -> "s";
                case 'т' -> "t";
                case 'у' -> "u";
                case 'ф' -> "f";
                case 'х' -> "kh";
                case 'ц' -> "ts";
                case 'ч' -> "ch";
                case 'ш' -> "sh";
                case 'щ' -> "shch";
                case 'ъ', 'ь' -> "";
                case 'ы' -> "y";
                case 'э' -> "e";
                case 'ю' -> "yu";
                case 'я' -> "ya";
                case 'і' -> "i";
                case 'ї' -> "yi";
                case 'є' -> "ye";
                case 'ґ' -> "g";
                case 'ў' -> "u";
                default -> null;
            };
            if (latin == null) {
                sb.append(any(String.valueOf(c)));
            } else {
                sb.append(latin);
            }
        }
        // "-ий" and "-ый" endings read as the lists write them (Dmitriy, Dmitry; Yuriy, Yury)
        v = sb.toString().replace("iy ", "y ").replaceAll("iy$", "y");
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, v);
        return v;
    }

    /**
     * Modern Greek as Greek passports spell it, after ELOT 743 (the standard the UN adopted): β v, η i,
     * υ y, χ ch, γ before γ, κ, ξ or χ n (Αγγελος Angelos); αυ, ευ and ηυ av, ev, iv before a vowel or
     * a voiced consonant, af, ef, if otherwise; ου ou. ICU's Greek-Latin is the classical one (β b, η
     * ē: Βασιλείου "basileiou" where passports and the lists write Vasileiou, Vassiliou). Accents are
     * dropped; a diaeresis keeps two vowels apart (Ταΰγετος: ay, not av). Letters not in the table
     * (a polytonic breathing, a Coptic letter) go through ICU.
     */
    static String greek(String run) {
        String key = "g:" + run;
        String v = CACHE.get(key);
        if (v != null) {
            return v;
        }
        String text = withoutGreekAccents(run.toLowerCase(java.util.Locale.ROOT));
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            char prev = i > 0 ? text.charAt(i - 1) : 0;
            String latin = switch (c) {
                case 'α' -> "a";
                case 'β' -> "v";
                case 'γ' -> "γκξχ".indexOf(next) >= 0 && next != 0 ? "n" : "g";
                case 'δ' -> "d";
                case 'ε' -> "e";
                case 'ζ' -> "z";
                case 'η' -> "i";
                case 'θ' -> "th";
                case 'ι', 'ϊ' -> "i";
                case 'κ' -> "k";
                case 'λ' -> "l";
                case 'μ' -> "m";
                case 'ν' -> "n";
                case 'ξ' -> "x";
                case 'ο' -> "o";
                case 'π' -> "p";
                case 'ρ' -> "r";
                case 'σ', 'ς' -> "s";
                case 'τ' -> "t";
                case 'υ' -> prev == 'ο' ? "u" : "αεη".indexOf(prev) >= 0 && prev != 0 ? greekUpsilonAfter(next) : "y";
                case 'ϋ' -> "y";
                case 'φ' -> "f";
                case 'χ' -> "ch";
                case 'ψ' -> "ps";
                case 'ω' -> "o";
                default -> null;
            };
            sb.append(latin != null ? latin : any(String.valueOf(c)));
        }
        v = sb.toString();
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, v);
        return v;
    }

    /** The υ of αυ, ευ, ηυ: v before a vowel or a voiced consonant, f before a voiceless one or at the end. */
    private static String greekUpsilonAfter(char next) {
        return next != 0 && "αεηιουωϊϋβγδζλμνρ".indexOf(next) >= 0 ? "v" : "f";
    }

    /** Lower-case Greek without its tonos; a diaeresis kept (ϊ, ϋ), as it parts two vowels. */
    private static String withoutGreekAccents(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(
                    switch (c) {
                        case 'ά' -> 'α';
                        case 'έ' -> 'ε';
                        case 'ή' -> 'η';
                        case 'ί' -> 'ι';
                        case 'ό' -> 'ο';
                        case 'ύ' -> 'υ';
                        case 'ώ' -> 'ω';
                        case 'ΐ' -> 'ϊ';
                        case 'ΰ' -> 'ϋ';
                        default -> c;
                    });
        }
        return sb.toString();
    }

    /**
     * Devanagari through ICU, without the inherent vowel ICU writes after a word's last consonant,
     * which Hindi does not pronounce and Latin spellings leave out (पटेल: ICU patela, Patel); a vowel
     * sign written there (the ā of प्रिया, Priya) is a vowel and stays. The sibilants श and ष and
     * the c of च are spelt as Indian names write them in Latin letters, sh and ch (शर्मा Sharma,
     * मिश्रा Mishra, चौधरी Chaudhari; छ, ICU's ch, becomes chh as in Chhabra).
     */
    static String devanagari(String run) {
        // श and ष read as स followed by ह (s, h), so the h stays through ICU and the folding after it
        String latin = any(run.replace("\u0936", "\u0938\u094D\u0939").replace("\u0937", "\u0938\u094D\u0939"))
                .replace("c", "ch");
        int last = run.length() - 1;
        while (last >= 0
                && !Character.isLetter(run.charAt(last))
                && Character.getType(run.charAt(last)) != Character.NON_SPACING_MARK
                && Character.getType(run.charAt(last)) != Character.COMBINING_SPACING_MARK) {
            last--;
        }
        char end = last >= 0 ? run.charAt(last) : 0;
        boolean bareConsonant = end >= '\u0915' && end <= '\u0939';
        String folded = ascii(latin);
        return bareConsonant && folded.endsWith("a") && folded.length() > 2
                ? latin.substring(0, latin.length() - 1)
                : latin;
    }

    /**
     * Diacritics and Latin ligatures to plain ASCII (é to e, ß to ss, ø to o). ICU's Latin-ASCII leaves
     * ASCII as it is ({@code TableTransliterationsTest} holds it to that, character by character), so
     * an ASCII text is answered without it.
     */
    static String ascii(String latin) {
        return Normalizer.isAscii(latin) ? latin : cached("l:", latin, ASCII);
    }

    /** The recorded transliterations: one a line, the key (prefix and text), a tab, ICU's result. */
    static Map<String, String> recorded() {
        Map<String, String> out = new java.util.HashMap<>();
        readTabbed(RECORDED_FILE, out::put);
        return Map.copyOf(out);
    }

    /**
     * Each line of a table beside this class, a key, a tab and a value (blank lines and {@code #}
     * comments skipped); a line without a key or with another tab fails, naming the file and line.
     */
    static void readTabbed(String file, java.util.function.BiConsumer<String, String> line) {
        java.io.InputStream in = Transliteration.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException(file + " is missing from the jar");
        }
        try (java.io.BufferedReader r = new java.io.BufferedReader(
                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            String text;
            int n = 0;
            while ((text = r.readLine()) != null) {
                n++;
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int tab = text.indexOf('\t');
                if (tab <= 0 || text.indexOf('\t', tab + 1) >= 0) {
                    throw new IllegalStateException(file + ":" + n + ": expected KEY<TAB>VALUE");
                }
                line.accept(text.substring(0, tab), text.substring(tab + 1));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What ICU itself makes of {@code s} under the transliteration a cache prefix names ({@code l:}
     * Latin-ASCII, {@code a:} Any-Latin, {@code h:} Han-Latin, {@code k:} Hangul-Latin), with no cache
     * in between: the recorded table transliterations are checked against it.
     */
    static String icu(String prefix, String s) {
        Pool pool = switch (prefix) {
            case "l:" -> ASCII;
            case "a:" -> ANY;
            case "h:" -> HAN;
            case "k:" -> HANGUL;
            default -> throw new IllegalArgumentException("no transliteration " + prefix);
        };
        return pool.transliterate(s);
    }

    /** How many texts this process gave an ICU transliterator (the cache's misses). */
    static int icuCalls() {
        return ICU_CALLS.get();
    }

    /** The keys (prefix and text) this process had to ask ICU for, in order. */
    static java.util.List<String> icuKeys() {
        return java.util.List.copyOf(ICU_KEYS);
    }

    private static String cached(String prefix, String s, Pool pool) {
        return cached(prefix, s, pool::transliterate);
    }

    private static String cached(String prefix, String s, java.util.function.UnaryOperator<String> icu) {
        String key = prefix + s;
        String v = CACHE.get(key);
        if (v == null) {
            v = RECORDED.get(key);
        }
        if (v == null) {
            // the count, not the queue's size(): a ConcurrentLinkedQueue counts by walking every node
            if (ICU_CALLS.incrementAndGet() <= 1000) {
                ICU_KEYS.add(key);
            }
            v = icu.apply(s);
            if (CACHE.size() > CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(key, v);
        }
        return v;
    }

    /**
     * The TR39 skeleton of one character when it is a single ASCII letter (Cyrillic а to a, Greek ο
     * to o), else null. Used only inside words that mix scripts, where a look-alike letter is a
     * spelling trick rather than a real foreign word.
     */
    static String confusable(int codePoint) {
        return CONFUSABLE
                .computeIfAbsent(codePoint, cp -> {
                    String skel;
                    synchronized (Spoof.CHECKER) {
                        skel = Spoof.CHECKER.getSkeleton(new String(Character.toChars(cp)));
                    }
                    String lower = skel.toLowerCase(java.util.Locale.ROOT);
                    return lower.length() == 1 && lower.charAt(0) >= 'a' && lower.charAt(0) <= 'z' ? lower : "";
                })
                .transform(s -> s.isEmpty() ? null : s);
    }
}
