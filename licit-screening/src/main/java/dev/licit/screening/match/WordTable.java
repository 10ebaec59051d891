package dev.licit.screening.match;

import java.util.Map;

/**
 * An immutable hash table from words to int arrays that looks words up by part of a string: a
 * range ({@code "huaweitech"} split at every position), a string with one letter left out (the
 * one-deletion neighbourhood of a typo) or a builder. Blocking looks up dozens of such variants per
 * query word; a {@code HashMap<String, ...>} would need a new string for each and three dependent
 * memory loads per probe, this needs none and one or two.
 *
 * <p>Open addressing with linear probing; each slot keeps the word's full hash, so a probe only
 * reads the word itself when the hashes agree. Most lookups are for words that are not there (the
 * neighbours of a word nobody listed), so a Bloom filter of about eight bits a word, two bits per
 * hash, small enough for a processor cache, turns most of them away before the slots (megabytes
 * for the typo neighbourhood) are read.
 */
final class WordTable {
  private final String[] words;
  private final int[] hashes;
  private final int[][] values;
  private final int mask;
  private final int shift;
  /** Both bits of a hash set when some word may have it: either bit clear means "not there". */
  private final long[] filter;
  private final int filterShift;
  /** No word is longer: longer lookups (a 1,500-letter "word" of transliterated Han) end at once. */
  private final int longest;

  WordTable(Map<String, int[]> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    words = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity][];
    mask = capacity - 1;
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
    int filterBits = Integer.highestOneBit(Math.max(64, entries.size() * 8 - 1)) << 1;
    filter = new long[filterBits >>> 6];
    filterShift = 32 - Integer.numberOfTrailingZeros(filterBits);
    int max = 0;
    for (Map.Entry<String, int[]> e : entries.entrySet()) {
      String w = e.getKey();
      max = Math.max(max, w.length());
      int h = w.hashCode();
      int slot = slot(h);
      int f1 = (h * 0x85EBCA6B) >>> filterShift;
      int f2 = (h * 0xC2B2AE35) >>> filterShift;
      filter[f1 >>> 6] |= 1L << f1;
      filter[f2 >>> 6] |= 1L << f2;
      while (words[slot] != null) {
        slot = (slot + 1) & mask;
      }
      words[slot] = w;
      hashes[slot] = h;
      values[slot] = e.getValue();
    }
    longest = max;
  }

  /** The value of word {@code s}, or null. */
  int[] get(CharSequence s) {
    return get(s, 0, s.length());
  }

  /** The value of the word {@code s[from, to)}, or null. */
  int[] get(CharSequence s, int from, int to) {
    if (to - from > longest) {
      return null;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    if (absent(h)) {
      return null;
    }
    for (int slot = slot(h); words[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && equalsRange(words[slot], s, from, to)) {
        return values[slot];
      }
    }
    return null;
  }

  /**
   * The value of the word {@code s[from, to)}, whose {@link String#hashCode} is {@code h} (see
   * {@link Hashes#range}), or null.
   */
  int[] get(CharSequence s, int from, int to, int h) {
    if (to - from > longest) {
      return null;
    }
    if (absent(h)) {
      return null;
    }
    for (int slot = slot(h); words[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && equalsRange(words[slot], s, from, to)) {
        return values[slot];
      }
    }
    return null;
  }

  /**
   * The value of {@code s} with the character at {@code skip} left out, whose
   * {@link String#hashCode} is {@code h} (see {@link Hashes#without}), or null.
   */
  int[] getWithout(String s, int skip, int h) {
    int n = s.length();
    if (n - 1 > longest) {
      return null;
    }
    if (absent(h)) {
      return null;
    }
    for (int slot = slot(h); words[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && equalsWithout(words[slot], s, skip)) {
        return values[slot];
      }
    }
    return null;
  }

  /**
   * Words are hashed as {@link String#hashCode} does, so building needs no other hash; the slot is
   * taken from the high bits of a Fibonacci multiplication, which mixes every bit of the hash in.
   */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  private boolean absent(int h) {
    int f1 = (h * 0x85EBCA6B) >>> filterShift;
    int f2 = (h * 0xC2B2AE35) >>> filterShift;
    return (filter[f1 >>> 6] & (1L << f1)) == 0 || (filter[f2 >>> 6] & (1L << f2)) == 0;
  }

  private static boolean equalsRange(String w, CharSequence s, int from, int to) {
    if (w.length() != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (w.charAt(i - from) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean equalsWithout(String w, String s, int skip) {
    if (w.length() != s.length() - 1) {
      return false;
    }
    for (int i = 0; i < skip; i++) {
      if (w.charAt(i) != s.charAt(i)) {
        return false;
      }
    }
    for (int i = skip + 1; i < s.length(); i++) {
      if (w.charAt(i - 1) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The {@link String#hashCode} of any range of one word, and of the word with one character left
   * out, each in constant time after one pass over the word. String hashes are polynomials in 31
   * modulo 2^32, so {@code hash(s[i, j)) = H[j] - H[i] * 31^(j - i)} with {@code H} the hashes of the
   * prefixes; int arithmetic wraps exactly as the modulus requires.
   */
  static final class Hashes {
    private int[] prefix = new int[32];
    private int[] power = new int[32];
    private int length;

    /** Prepares the hashes of {@code s}. */
    void of(String s) {
      int n = s.length();
      if (prefix.length <= n) {
        prefix = new int[n + 1];
        power = new int[n + 1];
      }
      prefix[0] = 0;
      power[0] = 1;
      for (int i = 0; i < n; i++) {
        prefix[i + 1] = 31 * prefix[i] + s.charAt(i);
        power[i + 1] = 31 * power[i];
      }
      length = n;
    }

    int range(int from, int to) {
      return prefix[to] - prefix[from] * power[to - from];
    }

    int without(int skip) {
      return prefix[skip] * power[length - 1 - skip] + range(skip + 1, length);
    }
  }
}
