package dev.licit.screening.binary;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Writes the index's binary form: little-endian numbers, arrays and strings prefixed by their
 * length, a null array or string as length -1. Only what {@link BinaryIn} reads back, in the same
 * order: the form has no field names, so reader and writer of one class stand side by side.
 */
public final class BinaryOut {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

    public void writeInt(int v) {
        scratch.clear();
        bytes.write(scratch.putInt(v).array(), 0, 4);
    }

    public void writeLong(long v) {
        scratch.clear();
        bytes.write(scratch.putLong(v).array(), 0, 8);
    }

    public void writeFloat(float v) {
        writeInt(Float.floatToRawIntBits(v));
    }

    public void writeDouble(double v) {
        writeLong(Double.doubleToRawLongBits(v));
    }

    public void writeBoolean(boolean v) {
        bytes.write(v ? 1 : 0);
    }

    public void writeString(String s) {
        if (s == null) {
            writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeInt(b.length);
        bytes.write(b, 0, b.length);
    }

    public void writeStrings(String[] a) {
        writeInt(a.length);
        for (String s : a) {
            writeString(s);
        }
    }

    public void writeStrings(Collection<String> a) {
        writeInt(a.size());
        for (String s : a) {
            writeString(s);
        }
    }

    public void writeInts(int[] a) {
        if (a == null) {
            writeInt(-1);
            return;
        }
        writeArray(a.length, 4, b -> b.asIntBuffer().put(a));
    }

    public void writeChars(char[] a) {
        writeArray(a.length, 2, b -> b.asCharBuffer().put(a));
    }

    public void writeLongs(long[] a) {
        writeArray(a.length, 8, b -> b.asLongBuffer().put(a));
    }

    public void writeFloats(float[] a) {
        writeArray(a.length, 4, b -> b.asFloatBuffer().put(a));
    }

    /** The length, then the elements as {@code fill} puts them into a buffer of {@code width} bytes each. */
    private void writeArray(int length, int width, java.util.function.Consumer<ByteBuffer> fill) {
        writeInt(length);
        ByteBuffer b = ByteBuffer.allocate(length * width).order(ByteOrder.LITTLE_ENDIAN);
        fill.accept(b);
        bytes.write(b.array(), 0, b.capacity());
    }

    /** An array of int arrays, any of them null. */
    public void writeIntArrays(int[][] a) {
        writeInt(a.length);
        for (int[] x : a) {
            writeInts(x);
        }
    }

    /** Bytes written so far: the position of what is written next. */
    public int size() {
        return bytes.size();
    }

    /** A block of bytes written elsewhere, prefixed by its length (see {@link BinaryIn#skipBlob}). */
    public void writeBlob(byte[] b) {
        writeInt(b.length);
        bytes.write(b, 0, b.length);
    }

    public byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
