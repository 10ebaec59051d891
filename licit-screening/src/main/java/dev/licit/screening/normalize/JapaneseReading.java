package dev.licit.screening.normalize;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 */
final class JapaneseReading {
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final Queue<JapaneseTokenizer> TOKENIZERS = new ConcurrentLinkedQueue<>();
    private static final Queue<Transliterator> KANA = new ConcurrentLinkedQueue<>();
    /** Runs longer than this are company names or text, which the glossary reads better. */
    private static final int LONGEST_NAME = 8;

    private JapaneseReading() {}

    /** The Hepburn words of a run of kanji (and kana), or an empty list when Kuromoji cannot read it all. */
    static List<String> read(String run) {
        if (run.length() < 2 || run.length() > LONGEST_NAME) {
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

    private static List<String> analyse(String run) {
        JapaneseTokenizer tokenizer = TOKENIZERS.poll();
        if (tokenizer == null) {
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
