package dev.licit.screening.normalize;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Japanese readings of kanji through Lucene's Kuromoji morphological analyser and its IPADIC
 * dictionary (in the jar; nothing is fetched). Kanji have Chinese readings too, and ICU's Han-Latin
 * gives those (佐藤 Zuoteng); a Japanese name on a list is spelt in Hepburn (Sato). Kuromoji cuts a
 * run of kanji into dictionary words and gives each its katakana reading, which ICU turns into
 * Latin; long vowels are written short, as passports and the lists write them (サトウ satou, Sato).
 *
 * <p>A run is read only when Kuromoji knows every word of it: an unknown word has no reading, and a
 * half-read name would compare worse than the Chinese reading. Tokenizers are pooled (they are not
 * thread-safe; the dictionary they share is loaded once) and readings cached, as in
 * {@link Transliteration}.
 *
 * <p>A run that holds a letter no word of the dictionary holds is refused before Kuromoji sees it
 * ({@link #holdsUnknownLetter}): Kuromoji could only read that letter as an unknown word, which has no
 * reading, so the answer is the same, and most Chinese names are such runs (华, 为, 术: simplified
 * forms Japanese does not write). A process that screens only those never reads the dictionaries
 * (0.25 to 0.3 s at the first name that needs them, about 10 MB).
 */
final class JapaneseReading {
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final Queue<JapaneseTokenizer> TOKENIZERS = new ConcurrentLinkedQueue<>();
    private static final Queue<Transliterator> KANA = new ConcurrentLinkedQueue<>();
    /** Runs longer than this are company names or text, which the glossary reads better. */
    static final int LONGEST_NAME = 8;
    /** The table of the UTF-16 units IPADIC's words are made of (see its header). */
    static final String DICTIONARY_UNITS_TABLE = "ipadic-units.txt";

    /** Whether this process has made a tokenizer, which reads the dictionaries (tests). */
    private static volatile boolean dictionaryRead;

    private JapaneseReading() {}

    static boolean dictionaryRead() {
        return dictionaryRead;
    }

    /** The Hepburn words of a run of kanji (and kana), or an empty list when Kuromoji cannot read it all. */
    static List<String> read(String run) {
        if (run.length() < 2 || run.length() > LONGEST_NAME || holdsUnknownLetter(run)) {
            return List.of();
        }
        List<String> v = CACHE.get(run);
        if (v == null) {
            v = analyse(run);
            if (CACHE.size() > CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(run, v);
        }
        return v;
    }

    static List<String> analyse(String run) {
        JapaneseTokenizer tokenizer = TOKENIZERS.poll();
        if (tokenizer == null) {
            dictionaryRead = true;
            tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
        }
        List<String> katakana = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(run));
            tokenizer.reset();
            CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tokenizer.getAttribute(ReadingAttribute.class);
            boolean all = true;
            while (tokenizer.incrementToken()) {
                String r = reading.getReading();
                if (r == null || r.isEmpty() || term.length() == 0) {
                    all = false;
                } else {
                    katakana.add(r);
                }
            }
            tokenizer.end();
            tokenizer.close();
            TOKENIZERS.offer(tokenizer);
            if (!all || katakana.isEmpty()) {
                return List.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>(katakana.size());
        for (String k : katakana) {
            String latin = hepburn(k);
            if (!latin.isEmpty()) {
                out.add(latin);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether {@code run} holds a letter that no word of the dictionary holds. Kuromoji reads such a
     * letter as (part of) an unknown word, and an unknown word has no reading, so {@link #analyse} would
     * refuse the run. Letters only: Kuromoji drops punctuation and symbols (discardPunctuation), so
     * an unknown one of those does not make a run unreadable.
     */
    static boolean holdsUnknownLetter(String run) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (!DictionaryUnits.UNITS.get(c) && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** The units of {@value #DICTIONARY_UNITS_TABLE}, read at the first run of two or more kanji. */
    private static final class DictionaryUnits {
        static final BitSet UNITS = parse(Lexicon.resourceLines(DICTIONARY_UNITS_TABLE));
    }

    /** Lines of hexadecimal units and ranges ("3041-3096"), separated by spaces. */
    static BitSet parse(List<String> lines) {
        BitSet units = new BitSet(Character.MAX_VALUE + 1);
        for (String line : lines) {
            for (String item : line.split(" ")) {
                int dash = item.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? item : item.substring(0, dash), 16);
                int to = dash < 0 ? from : Integer.parseInt(item.substring(dash + 1), 16);
                if (from > to || to > Character.MAX_VALUE) {
                    throw new IllegalStateException(DICTIONARY_UNITS_TABLE + ": not a range of UTF-16 units: " + item);
                }
                units.set(from, to + 1);
            }
        }
        return units;
    }

    /** Katakana to lower-case Hepburn with long vowels written short (トウキョウ tokyo, サトウ sato). */
    static String hepburn(String katakana) {
        Transliterator t = KANA.poll();
        if (t == null) {
            t = Transliterator.getInstance("Katakana-Latin; Latin-ASCII; Lower");
        }
        String latin;
        try {
            latin = t.transliterate(katakana);
        } finally {
            KANA.offer(t);
        }
        StringBuilder letters = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString()
                .replace("ou", "o")
                .replace("oo", "o")
                .replace("uu", "u")
                .replace("aa", "a")
                .replace("ii", "i");
    }
}
