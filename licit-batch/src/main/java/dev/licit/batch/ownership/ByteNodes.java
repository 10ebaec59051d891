package dev.licit.batch.ownership;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Node keys and names as bytes in two arenas, numbered by key in the order they are met: the covered set
 * reads 17 million name occurrences of ten million links, and a String (and its upper-cased key) per
 * occurrence was most of the reading. Here a name met again costs a hash of its bytes and one probe; a
 * String is made only for the few nodes that are written out ({@link #name}, {@link #key}). Keys are the
 * UTF-8 bytes of {@link dev.licit.core.ownership.OwnershipGraph#key}, whichever path made them.
 */
final class ByteNodes implements CompactGraph.NodeNames {
    private byte[] arena = new byte[1 << 16];
    private int used;
    private int[] keyOff = new int[1 << 10];
    private int[] keyLen = new int[1 << 10];
    private int[] nameOff = new int[1 << 10];
    private int[] nameLen = new int[1 << 10];
    private int[] hashes = new int[1 << 10];
    private int size;
    /**
     * Open addressing: the key's hash in the high half and id + 1 in the low half of each slot, 0 empty; a
     * probe that meets another key's hash moves on without reading that node's arrays (a cache miss each).
     */
    private long[] table = new long[1 << 12];

    int size() {
        return size;
    }

    /** Hash of key bytes, as {@link #id(String)} computes it for a key given as a String. */
    static int hash(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * The id of the node whose key is {@code key[kFrom, kTo)}, numbered now when it is new; its name is
     * {@code name[nFrom, nTo)} or, when the node is known under another spelling, the smaller of the two.
     */
    int node(byte[] key, int kFrom, int kTo, int hash, byte[] name, int nFrom, int nTo) {
        int mask = table.length - 1;
        int len = kTo - kFrom;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long slot = table[i];
            if (slot == 0) {
                int id = add(key, kFrom, len, hash, name, nFrom, nTo - nFrom);
                table[i] = packed(hash, id);
                if (size * 2 >= table.length) {
                    grow();
                }
                return id;
            }
            if ((int) (slot >>> 32) != hash) {
                continue;
            }
            int id = (int) slot - 1;
            if (keyLen[id] == len && Arrays.equals(arena, keyOff[id], keyOff[id] + len, key, kFrom, kTo)) {
                int old = nameOff[id];
                int oldLen = nameLen[id];
                if (!Arrays.equals(arena, old, old + oldLen, name, nFrom, nTo)
                        && smaller(name, nFrom, nTo, old, oldLen)) {
                    nameOff[id] = append(name, nFrom, nTo - nFrom);
                    nameLen[id] = nTo - nFrom;
                }
                return id;
            }
        }
    }

    private static long packed(int hash, int id) {
        return ((long) hash << 32) | (id + 1L);
    }

    /** Whether the new spelling sorts before the node's (String order, as the String reader compares them). */
    private boolean smaller(byte[] name, int from, int to, int old, int oldLen) {
        if (ascii(name, from, to) && ascii(arena, old, old + oldLen)) {
            return Arrays.compare(name, from, to, arena, old, old + oldLen) < 0;
        }
        String a = new String(name, from, to - from, StandardCharsets.UTF_8);
        String b = new String(arena, old, oldLen, StandardCharsets.UTF_8);
        return a.compareTo(b) < 0;
    }

    private static boolean ascii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private int add(byte[] key, int kFrom, int kLen, int hash, byte[] name, int nFrom, int nLen) {
        if (size == keyOff.length) {
            int cap = size * 2;
            keyOff = Arrays.copyOf(keyOff, cap);
            keyLen = Arrays.copyOf(keyLen, cap);
            nameOff = Arrays.copyOf(nameOff, cap);
            nameLen = Arrays.copyOf(nameLen, cap);
            hashes = Arrays.copyOf(hashes, cap);
        }
        int id = size++;
        keyOff[id] = append(key, kFrom, kLen);
        keyLen[id] = kLen;
        boolean same = kLen == nLen && Arrays.equals(key, kFrom, kFrom + kLen, name, nFrom, nFrom + nLen);
        nameOff[id] = same ? keyOff[id] : append(name, nFrom, nLen);
        nameLen[id] = nLen;
        hashes[id] = hash;
        return id;
    }

    private int append(byte[] b, int from, int len) {
        if (used + len > arena.length) {
            long cap = Math.max((long) arena.length * 2, (long) used + len);
            if (cap > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("the names of this graph exceed 2 GB: split the graph");
            }
            arena = Arrays.copyOf(arena, (int) cap);
        }
        System.arraycopy(b, from, arena, used, len);
        int at = used;
        used += len;
        return at;
    }

    private void grow() {
        long[] t = new long[table.length * 2];
        int mask = t.length - 1;
        for (int id = 0; id < size; id++) {
            int i = hashes[id] & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = packed(hashes[id], id);
        }
        table = t;
    }

    @Override
    public String name(int id) {
        return new String(arena, nameOff[id], nameLen[id], StandardCharsets.UTF_8);
    }

    @Override
    public String key(int id) {
        return new String(arena, keyOff[id], keyLen[id], StandardCharsets.UTF_8);
    }

    @Override
    public int id(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        int hash = hash(b, 0, b.length);
        int mask = table.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long slot = table[i];
            if (slot == 0) {
                return -1;
            }
            int id = (int) slot - 1;
            if ((int) (slot >>> 32) == hash
                    && Arrays.equals(arena, keyOff[id], keyOff[id] + keyLen[id], b, 0, b.length)) {
                return id;
            }
        }
    }
}
