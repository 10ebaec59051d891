package dev.licit.screening.match;

import dev.licit.screening.binary.BinaryIn;
import dev.licit.screening.binary.BinaryOut;
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
    /**
     * The words, each a range of one shared array rather than a string of its own: the typo
     * neighbourhood of a full list is a few hundred thousand words, and an index file reads back as
     * a few arrays instead of as that many objects.
     */
    private final char[] chars;

    private final int[] from;
    private final int[] length;
    private final int[] hashes;
    /** Null for an empty slot. */
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
        int total = 0;
        for (String w : entries.keySet()) {
            total += w.length();
        }
        chars = new char[total];
        from = new int[capacity];
        length = new int[capacity];
        hashes = new int[capacity];
        values = new int[capacity][];
        mask = capacity - 1;
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        int filterBits = Integer.highestOneBit(Math.max(64, entries.size() * 8 - 1)) << 1;
        filter = new long[filterBits >>> 6];
        filterShift = 32 - Integer.numberOfTrailingZeros(filterBits);
        int max = 0;
        int at = 0;
        for (Map.Entry<String, int[]> e : entries.entrySet()) {
            String w = e.getKey();
            max = Math.max(max, w.length());
            int h = w.hashCode();
            int slot = slot(h);
            int f1 = (h * 0x85EBCA6B) >>> filterShift;
            int f2 = (h * 0xC2B2AE35) >>> filterShift;
            filter[f1 >>> 6] |= 1L << f1;
            filter[f2 >>> 6] |= 1L << f2;
            while (values[slot] != null) {
                slot = (slot + 1) & mask;
            }
            w.getChars(0, w.length(), chars, at);
            from[slot] = at;
            length[slot] = w.length();
            at += w.length();
            hashes[slot] = h;
            values[slot] = e.getValue();
        }
        longest = max;
    }

    private WordTable(
            char[] chars, int[] from, int[] length, int[] hashes, int[][] values, long[] filter, int longest) {
        this.chars = chars;
        this.from = from;
        this.length = length;
        this.hashes = hashes;
        this.values = values;
        this.mask = values.length - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(values.length);
        this.filter = filter;
        this.filterShift = 32 - Integer.numberOfTrailingZeros(filter.length << 6);
        this.longest = longest;
    }

    /**
     * The occupied slots with their positions, so that reading the table back places every word
     * where it was, probe sequences included.
     */
    void write(BinaryOut out) {
        int n = 0;
        for (int[] v : values) {
            n += v == null ? 0 : 1;
        }
        int[] slots = new int[n];
        int[] starts = new int[n];
        int[] lengths = new int[n];
        int[] hs = new int[n];
        int[][] vs = new int[n][];
        int i = 0;
        for (int slot = 0; slot < values.length; slot++) {
            if (values[slot] != null) {
                slots[i] = slot;
                starts[i] = from[slot];
                lengths[i] = length[slot];
                hs[i] = hashes[slot];
                vs[i++] = values[slot];
            }
        }
        out.writeInt(values.length);
        out.writeChars(chars);
        out.writeInts(slots);
        out.writeInts(starts);
        out.writeInts(lengths);
        out.writeInts(hs);
        out.writeIntArrays(vs);
        out.writeLongs(filter);
        out.writeInt(longest);
    }

    static WordTable read(BinaryIn in) {
        int capacity = in.readInt();
        char[] chars = in.readChars();
        int[] slots = in.readInts();
        int[] starts = in.readInts();
        int[] lengths = in.readInts();
        int[] hs = in.readInts();
        int[][] vs = in.readIntArrays();
        long[] filter = in.readLongs();
        int longest = in.readInt();
        int n = slots == null ? -1 : slots.length;
        if (capacity < 4
                || Integer.bitCount(capacity) != 1
                || n < 0
                || n >= capacity
                || starts == null
                || starts.length != n
                || lengths == null
                || lengths.length != n
                || hs == null
                || hs.length != n
                || vs.length != n
                || Integer.bitCount(filter.length) != 1) {
            throw BinaryIn.damaged("a word table's arrays disagree in length");
        }
        // the file's checksum guards the contents; this guards what a probe relies on: words inside
        // the shared array, values present, and an empty slot to end every probe (n < capacity)
        int[] from = new int[capacity];
        int[] length = new int[capacity];
        int[] hashes = new int[capacity];
        int[][] values = new int[capacity][];
        for (int i = 0; i < n; i++) {
            int slot = slots[i];
            if (slot < 0
                    || slot >= capacity
                    || values[slot] != null
                    || vs[i] == null
                    || starts[i] < 0
                    || lengths[i] < 0
                    || lengths[i] > longest
                    || (long) starts[i] + lengths[i] > chars.length) {
                throw BinaryIn.damaged("a word table's slot " + slot + " is inconsistent");
            }
            from[slot] = starts[i];
            length[slot] = lengths[i];
            hashes[slot] = hs[i];
            values[slot] = vs[i];
        }
        return new WordTable(chars, from, length, hashes, values, filter, longest);
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
        for (int slot = slot(h); values[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && equalsRange(slot, s, from, to)) {
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
        for (int slot = slot(h); values[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && equalsRange(slot, s, from, to)) {
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
        for (int slot = slot(h); values[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && equalsWithout(slot, s, skip)) {
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

    private boolean equalsRange(int slot, CharSequence s, int start, int end) {
        if (length[slot] != end - start) {
            return false;
        }
        int w = from[slot] - start;
        for (int i = start; i < end; i++) {
            if (chars[w + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean equalsWithout(int slot, String s, int skip) {
        if (length[slot] != s.length() - 1) {
            return false;
        }
        int w = from[slot];
        for (int i = 0; i < skip; i++) {
            if (chars[w + i] != s.charAt(i)) {
                return false;
            }
        }
        for (int i = skip + 1; i < s.length(); i++) {
            if (chars[w + i - 1] != s.charAt(i)) {
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
