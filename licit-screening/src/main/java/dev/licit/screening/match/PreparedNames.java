package dev.licit.screening.match;

import dev.licit.screening.binary.BinaryIn;
import dev.licit.screening.binary.BinaryOut;
import dev.licit.screening.binary.PooledStrings;
import dev.licit.screening.binary.StringPool;

/**
 * The prepared readings of a whole list (see {@link PreparedName#all}): the readings, and the
 * numbers the scorer's quick bound reads for all of them in one array. The bound reads a candidate
 * through this array alone, so ruling a candidate out costs the few adjacent cache lines of its
 * numbers, not a walk through its objects.
 *
 * <p>Read from an index file ({@link #read}), the numbers are there at once and each reading's
 * words are decoded the first time a screen needs them: a screen needs a few dozen of the tens of
 * thousands, so a short-lived process decodes almost none. The race between two threads decoding
 * the same reading is benign: both build equal immutable values and either may be kept.
 */
public final class PreparedNames {
    private final PreparedName[] names;
    final long[] packed;
    private final int[] base;
    /** Where each reading's words start in {@link #source}; null when built in memory. */
    private final int[] offsets;

    private final BinaryIn source;
    private final PooledStrings strings;

    PreparedNames(PreparedName[] names, long[] packed, int[] base) {
        this(names, packed, base, null, null, null);
    }

    private PreparedNames(
            PreparedName[] names, long[] packed, int[] base, int[] offsets, BinaryIn source, PooledStrings strings) {
        this.names = names;
        this.packed = packed;
        this.base = base;
        this.offsets = offsets;
        this.source = source;
        this.strings = strings;
    }

    public int size() {
        return names.length;
    }

    public PreparedName get(int reading) {
        PreparedName p = names[reading];
        if (p == null) {
            p = PreparedName.read(source.at(offsets[reading]), strings, packed, base[reading]);
            names[reading] = p;
        }
        return p;
    }

    /** Where reading r's numbers start in {@link #packed}. */
    int base(int reading) {
        return base[reading];
    }

    /** The numbers, then each reading's words in a block of their own so that any one can be read alone. */
    public void write(BinaryOut out) {
        out.writeLongs(packed);
        out.writeInts(base);
        BinaryOut words = new BinaryOut();
        StringPool pool = new StringPool();
        int[] at = new int[names.length];
        for (int r = 0; r < names.length; r++) {
            at[r] = words.size();
            get(r).write(words, pool);
        }
        out.writeInts(at);
        out.writeBlob(words.toByteArray());
        pool.write(out);
    }

    /** Reads the numbers now and each reading's words when first asked for. */
    public static PreparedNames read(BinaryIn in) {
        long[] packed = in.readLongs();
        int[] base = in.readInts();
        int[] at = in.readInts();
        if (base == null || at == null || base.length != at.length) {
            throw BinaryIn.damaged("the prepared readings' arrays disagree in length");
        }
        int start = in.position() + 4;
        int length = in.skipBlob();
        for (int r = 0; r < at.length; r++) {
            if (at[r] < 0 || at[r] >= length || base[r] < 0 || base[r] >= packed.length) {
                throw BinaryIn.damaged("reading " + r + " points outside the index");
            }
            at[r] += start;
        }
        PooledStrings strings = PooledStrings.read(in);
        return new PreparedNames(new PreparedName[base.length], packed, base, at, in, strings);
    }
}
