package dev.licit.core.decide;

import dev.licit.core.chip.ItemSpec;

/** One order line; {@code catalogId} is kept when the spec came from the chip catalog. */
public record OrderItem(String sku, int quantity, Double unitValueUsd, String catalogId, ItemSpec spec) {}
