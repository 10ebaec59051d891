package dev.licit.screening.binary;

/**
 * The strings of a {@link StringPool}, each decoded the first time it is asked for. Thread-safe:
 * two threads decoding the same string at once build equal strings and either may be kept.
 */
public final class PooledStrings {
    private final BinaryIn source;
    private final int[] offsets;
    private final String[] decoded;

    private PooledStrings(BinaryIn source, int[] offsets) {
        this.source = source;
        this.offsets = offsets;
        this.decoded = new String[offsets.length];
    }

    public static PooledStrings read(BinaryIn in) {
        int[] offsets = in.readInts();
        if (offsets == null) {
            throw BinaryIn.damaged("a string pool without offsets");
        }
        int start = in.position() + 4;
        int length = in.skipBlob();
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] < 0 || offsets[i] + 4 > length) {
                throw BinaryIn.damaged("pooled string " + i + " lies outside its pool");
            }
            offsets[i] += start;
        }
        return new PooledStrings(in, offsets);
    }

    /** String number {@code id}; null when null was pooled. */
    public String get(int id) {
        if (id < 0 || id >= offsets.length) {
            throw BinaryIn.damaged("no pooled string " + id + " of " + offsets.length);
        }
        String s = decoded[id];
        if (s == null) {
            s = source.at(offsets[id]).readString();
            decoded[id] = s;
        }
        return s;
    }
}
