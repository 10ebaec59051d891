package dev.licit.screening.normalize;

import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ICU4J transliteration and TR39 confusable folding, cached.
 *
 * <p>ICU's Han-Latin costs about a third of a millisecond per call, so results are cached (the same
 * names recur in batches); the cache is dropped wholesale when it grows past its bound rather than
 * tracking recency, which is cheaper and good enough for name traffic. Transliterator instances are
 * kept per thread because ICU does not promise they are safe to share.
 */
final class Transliteration {
  private static final int CACHE_LIMIT = 200_000;
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static final Map<Integer, String> CONFUSABLE = new ConcurrentHashMap<>();
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

  private static final ThreadLocal<Transliterator> HAN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> HANGUL =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Hangul-Latin; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> ANY =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

  private Transliteration() {}

  /** Han (and kana) to Pinyin syllables, tone marks removed, syllables joined. */
  static String han(String run) {
    return cached("h:", run, HAN).replace(" ", "");
  }

  /** Hangul to Revised Romanization. */
  static String hangul(String run) {
    return cached("k:", run, HANGUL).replace("-", "").replace("'", "");
  }

  /** Any other script (Cyrillic, Greek, Arabic, Hebrew, Thai ...) to Latin. */
  static String any(String run) {
    return cached("a:", run, ANY);
  }

  /** Diacritics and Latin ligatures to plain ASCII (é to e, ß to ss, ø to o). */
  static String ascii(String latin) {
    return cached("l:", latin, ASCII);
  }

  private static String cached(String prefix, String s, ThreadLocal<Transliterator> t) {
    String key = prefix + s;
    String v = CACHE.get(key);
    if (v == null) {
      v = t.get().transliterate(s);
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
    return CONFUSABLE.computeIfAbsent(codePoint, cp -> {
      String skel;
      synchronized (SPOOF) {
        skel = SPOOF.getSkeleton(new String(Character.toChars(cp)));
      }
      String lower = skel.toLowerCase(java.util.Locale.ROOT);
      return lower.length() == 1 && lower.charAt(0) >= 'a' && lower.charAt(0) <= 'z' ? lower : "";
    }).transform(s -> s.isEmpty() ? null : s);
  }
}
