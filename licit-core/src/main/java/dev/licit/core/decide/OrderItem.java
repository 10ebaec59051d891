package dev.licit.core.decide;

import dev.licit.core.chip.ItemSpec;

/**
 * One order line; {@code catalogId} is kept when the spec came from the chip catalog.
 *
 * @param declared what the line declares beyond the item's figures (never null)
 */
public record OrderItem(
        String sku, int quantity, Double unitValueUsd, String catalogId, ItemSpec spec, LineDeclarations declared) {
    public OrderItem {
        declared = declared == null ? LineDeclarations.NONE : declared;
    }

    /** A line that declares nothing beyond its item. */
    public OrderItem(String sku, int quantity, Double unitValueUsd, String catalogId, ItemSpec spec) {
        this(sku, quantity, unitValueUsd, catalogId, spec, LineDeclarations.NONE);
    }
}
