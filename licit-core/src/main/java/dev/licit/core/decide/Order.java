package dev.licit.core.decide;

import java.time.LocalDate;
import java.util.List;

/**
 * An order as the engine decides it (contract.md "Order").
 *
 * @param exportFrom US for an export from the United States; anything else is a re-export; null if unknown
 * @param aiDiffusionPosture "enforced" or "not-enforced" as the order states, or null for the rulebook default
 */
public record Order(String id, LocalDate date, String exportFrom, String destination, List<Party> parties,
                    List<OrderItem> items, List<String> certifications, String aiDiffusionPosture) {
    public Order {
        parties = List.copyOf(parties);
        items = List.copyOf(items);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
    }
}
