package dev.licit.screening.list;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are decoded when first asked for, then kept: the entries of
 * a prepared screening index, of which a screen reports a handful while decoding all 14,000 of
 * them cost a short command a tenth of its start. {@link ListSnapshot} keeps one as it is instead
 * of copying it. Thread-safe: the elements are immutable, so two threads that decode the same one
 * at once keep equal values and either is returned.
 *
 * @param <T> an immutable element type
 */
public final class OnDemandList<T> extends AbstractList<T> implements RandomAccess {
    private final IntFunction<T> decode;
    private final Object[] decoded;

    /** A list of {@code size} elements, element {@code i} being {@code decode.apply(i)}, never null. */
    public OnDemandList(int size, IntFunction<T> decode) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        this.decode = Objects.requireNonNull(decode, "decode");
        this.decoded = new Object[size];
    }

    @Override
    @SuppressWarnings("unchecked") // only ever holds what decode returned
    public T get(int index) {
        Objects.checkIndex(index, decoded.length);
        Object v = decoded[index];
        if (v == null) {
            v = Objects.requireNonNull(decode.apply(index), "decoded element");
            decoded[index] = v;
        }
        return (T) v;
    }

    @Override
    public int size() {
        return decoded.length;
    }
}
