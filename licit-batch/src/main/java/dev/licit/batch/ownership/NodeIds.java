package dev.licit.batch.ownership;

/**
 * Node keys to dense ids, open addressing over two arrays: a HashMap of ten million keys would spend
 * a node object and a boxed id per key (about 500 MB more) and a pointer chase per lookup.
 */
final class NodeIds {
    private String[] keys = new String[1 << 12];
    private int[] ids = new int[1 << 12];
    private int size;

    /** The id of {@code key}, or -1 when it has none yet. */
    int get(String key) {
        int mask = keys.length - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (k.equals(key)) {
                return ids[i];
            }
        }
    }

    /** Gives {@code key} the id {@code id}; the key must have none. */
    void put(String key, int id) {
        if (size * 2 >= keys.length) {
            grow();
        }
        insert(keys, ids, key, id);
        size++;
    }

    private static void insert(String[] keys, int[] ids, String key, int id) {
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        ids[i] = id;
    }

    private void grow() {
        String[] k2 = new String[keys.length * 2];
        int[] i2 = new int[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                insert(k2, i2, keys[i], ids[i]);
            }
        }
        keys = k2;
        ids = i2;
    }

    /** String hashes of similar names differ in their low bits too little for a power-of-two table. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    int size() {
        return size;
    }

    /** Frees the table once the graph is built (the names array keeps the keys). */
    void clear() {
        keys = new String[0];
        ids = new int[0];
    }
}
