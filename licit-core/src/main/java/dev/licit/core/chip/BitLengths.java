package dev.licit.core.chip;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bit length counted for each precision in TPP. A precision mapped to nothing is not counted
 * (TF32 by default: 19 significant bits in a 32-bit container, so its bit length is ambiguous).
 * The values come from the rulebook's {@code bitLengths} setting so that they are data, not code.
 */
public record BitLengths(Map<Precision, Integer> bits) {

    public BitLengths {
        bits = Map.copyOf(new EnumMap<>(bits));
    }

    public Optional<Integer> of(Precision p) {
        return Optional.ofNullable(bits.get(p));
    }

    public BitLengths with(Precision p, Integer bitLength) {
        EnumMap<Precision, Integer> copy = new EnumMap<>(Precision.class);
        copy.putAll(bits);
        if (bitLength == null) {
            copy.remove(p);
        } else {
            copy.put(p, bitLength);
        }
        return new BitLengths(copy);
    }
}
