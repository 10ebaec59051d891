package dev.licit.screening.binary;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link BinaryOut} wrote. A length that does not fit the bytes left, or a read past
 * the end, throws {@link DamagedIndexException}: the file is then rebuilt, never half trusted.
 */
public final class BinaryIn {
    private final ByteBuffer in;

    public BinaryIn(byte[] bytes, int offset, int length) {
        this(ByteBuffer.wrap(bytes, offset, length));
    }

    /**
     * Reads {@code buffer} from its position to its limit, without moving them (it may be a mapped
     * file: nothing is copied until read).
     */
    public BinaryIn(ByteBuffer buffer) {
        this.in = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    public int readInt() {
        need(4);
        return in.getInt();
    }

    public long readLong() {
        need(8);
        return in.getLong();
    }

    public float readFloat() {
        return Float.intBitsToFloat(readInt());
    }

    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    public boolean readBoolean() {
        need(1);
        byte b = in.get();
        if (b != 0 && b != 1) {
            throw new DamagedIndexException("a boolean reads " + b + " at byte " + (in.position() - 1));
        }
        return b == 1;
    }

    public String readString() {
        int n = readInt();
        if (n == -1) {
            return null;
        }
        length(n, 1);
        if (in.hasArray()) {
            String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
            in.position(in.position() + n);
            return s;
        }
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    public String[] readStringArray() {
        int n = readInt();
        length(n, 4);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = readString();
        }
        return out;
    }

    public List<String> readStrings() {
        int n = readInt();
        length(n, 4);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readString());
        }
        return out;
    }

    public int[] readInts() {
        int n = readInt();
        if (n == -1) {
            return null;
        }
        length(n, 4);
        int[] a = new int[n];
        if (n < 16) {
            for (int i = 0; i < n; i++) {
                a[i] = in.getInt(); // most arrays of a word table hold one or two ids: no view buffer for those
            }
            return a;
        }
        in.asIntBuffer().get(a);
        return advanced(a, n * 4);
    }

    public char[] readChars() {
        int n = readInt();
        length(n, 2);
        char[] a = new char[n];
        in.asCharBuffer().get(a);
        return advanced(a, n * 2);
    }

    public long[] readLongs() {
        int n = readInt();
        length(n, 8);
        long[] a = new long[n];
        in.asLongBuffer().get(a);
        return advanced(a, n * 8);
    }

    public float[] readFloats() {
        int n = readInt();
        length(n, 4);
        float[] a = new float[n];
        in.asFloatBuffer().get(a);
        return advanced(a, n * 4);
    }

    /** {@code a}, read through a view buffer, once the position has moved past its {@code bytes}. */
    private <T> T advanced(T a, int bytes) {
        in.position(in.position() + bytes);
        return a;
    }

    public int[][] readIntArrays() {
        int n = readInt();
        length(n, 4);
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = readInts();
        }
        return out;
    }

    /** Passes over a block written by {@link BinaryOut#writeBlob}; returns its length. */
    public int skipBlob() {
        int n = readInt();
        length(n, 1);
        in.position(in.position() + n);
        return n;
    }

    /** Where the next read starts, to come back to it later ({@link #at}). */
    public int position() {
        return in.position();
    }

    /** A reader over the same bytes from {@code position} to the end. */
    public BinaryIn at(int position) {
        if (position < 0 || position > in.limit()) {
            throw new DamagedIndexException("position " + position + " is outside the index");
        }
        return new BinaryIn(in.duplicate().position(position));
    }

    public boolean atEnd() {
        return !in.hasRemaining();
    }

    /** A count that fails the check of the format: the file is damaged. */
    public static DamagedIndexException damaged(String what) {
        return new DamagedIndexException(what);
    }

    private void need(int n) {
        if (in.remaining() < n) {
            throw new DamagedIndexException("the index ends early, at byte " + in.position());
        }
    }

    private void length(int n, int minBytesEach) {
        if (n < 0 || (long) n * minBytesEach > in.remaining()) {
            throw new DamagedIndexException("a length of " + n + " does not fit the " + in.remaining()
                    + " bytes left at byte " + in.position());
        }
    }

    /** The index file cannot be read as written: rebuild it. */
    public static final class DamagedIndexException extends RuntimeException {
        DamagedIndexException(String message) {
            super(message);
        }
    }
}
