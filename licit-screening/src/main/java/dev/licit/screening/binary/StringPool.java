package dev.licit.screening.binary;

import java.util.HashMap;
import java.util.Map;

/**
 * Strings written once however often they are referred to: records refer to a string by its
 * number. The words of a list's readings repeat a great deal ("latin", legal forms, common names),
 * so numbers make them several times smaller, and a reader decodes only the strings of the records
 * it reads ({@link PooledStrings}).
 */
public final class StringPool {
    private final Map<String, Integer> ids = new HashMap<>();
    private final BinaryOut utf8 = new BinaryOut();
    private int[] offsets = new int[1024];

    /** The number of {@code s} (null has one too). */
    public int id(String s) {
        Integer id = ids.get(s);
        if (id == null) {
            id = ids.size();
            if (id == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, id * 2);
            }
            offsets[id] = utf8.size();
            utf8.writeString(s);
            ids.put(s, id);
        }
        return id;
    }

    /** Writes the strings; {@link PooledStrings#read} reads them back. */
    public void write(BinaryOut out) {
        out.writeInts(java.util.Arrays.copyOf(offsets, ids.size()));
        out.writeBlob(utf8.toByteArray());
    }
}
