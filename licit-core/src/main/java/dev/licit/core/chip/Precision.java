package dev.licit.core.chip;

import java.util.Locale;
import java.util.Optional;

/** The numeric formats a datasheet quotes dense throughput for; the key is the JSON/CSV field name. */
public enum Precision {
    FP64,
    FP32,
    TF32,
    FP16,
    BF16,
    FP8,
    INT8,
    INT4,
    FP6,
    FP4;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Precision> fromKey(String key) {
        for (Precision p : values()) {
            if (p.key().equalsIgnoreCase(key.trim())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
