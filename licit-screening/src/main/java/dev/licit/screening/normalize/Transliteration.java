package dev.licit.screening.normalize;

import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * ICU4J transliteration and TR39 confusable folding, cached.
 *
 * <p>ICU's Han-Latin costs about a third of a millisecond per call, so results are cached (the same
 * names recur in batches); the cache is dropped wholesale when it grows past its bound rather than
 * tracking recency, which is cheaper and good enough for name traffic. Transliterator instances are
 * pooled, one per concurrent caller, because ICU does not promise they are safe to share; a pool
 * rather than a thread-local because a server's virtual threads each live for one request, and
 * building a Han-Latin transliterator is far dearer than using one.
 */
final class Transliteration {
  private static final int CACHE_LIMIT = 200_000;
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
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

    Pool(String id) {
      this.id = id;
    }

    String transliterate(String s) {
      Transliterator t = idle.poll();
      if (t == null) {
        t = Transliterator.getInstance(id);
      }
      try {
        return t.transliterate(s);
      } finally {
        idle.offer(t);
      }
    }
  }

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

  private static String cached(String prefix, String s, Pool pool) {
    String key = prefix + s;
    String v = CACHE.get(key);
    if (v == null) {
      v = pool.transliterate(s);
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
      synchronized (Spoof.CHECKER) {
        skel = Spoof.CHECKER.getSkeleton(new String(Character.toChars(cp)));
      }
      String lower = skel.toLowerCase(java.util.Locale.ROOT);
      return lower.length() == 1 && lower.charAt(0) >= 'a' && lower.charAt(0) <= 'z' ? lower : "";
    }).transform(s -> s.isEmpty() ? null : s);
  }
}
