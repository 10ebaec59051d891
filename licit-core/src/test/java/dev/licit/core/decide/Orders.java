package dev.licit.core.decide;

import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.ItemSpec;
import dev.licit.core.chip.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds test orders and chips from the reference's worked examples. */
final class Orders {
    static final ChipSpec H100 =
            new ChipSpec("NVIDIA", "H100 SXM5 80GB", true, Map.of(Precision.FP8, 1979.0), 814.0, 900.0, 3350.0);
    static final ChipSpec H200 =
            new ChipSpec("NVIDIA", "H200 SXM 141GB", true, Map.of(Precision.FP8, 1979.0), 814.0, 900.0, 4800.0);
    static final ChipSpec B200 =
            new ChipSpec("NVIDIA", "B200", true, Map.of(Precision.FP8, 4500.0), null, 1800.0, 7700.0);
    static final ChipSpec RTX4090 =
            new ChipSpec("NVIDIA", "GeForce RTX 4090", false, Map.of(Precision.FP8, 660.6), 608.5, 64.0, 1008.0);
    static final ChipSpec L40 = new ChipSpec("NVIDIA", "L40", true, Map.of(Precision.FP8, 362.0), 608.5, 64.0, 864.0);
    static final ChipSpec H20 = new ChipSpec("NVIDIA", "H20", true, Map.of(Precision.FP8, 296.0), 814.0, 900.0, 4000.0);
    /** The certifications of the January 2026 policy: the four of the exporter's supply and testing, and no end-use bar. */
    static final List<String> CERTS = List.of(
            "US_SUPPLY_SUFFICIENT",
            "NO_FOUNDRY_DIVERSION",
            "RECIPIENT_SECURITY_PROCEDURES",
            "US_THIRD_PARTY_TESTING",
            "NO_END_USE_CONTROL");
    /**
     * What a line declares for the January 2026 policy when all is in order: on sale in the US since
     * 2024, 1,000 units to US end users, 500 (50 %) to China and Macau.
     */
    static final LineDeclarations JANUARY_2026_LINE =
            new LineDeclarations(LocalDate.parse("2024-11-18"), 1000L, 500L, null);

    private Orders() {}

    static Order order(String date, String dest, String hq, ItemSpec... items) {
        return order(date, "US", dest, hq, List.of(), items);
    }

    /** An order with certifications; its lines then also declare {@link #JANUARY_2026_LINE}. */
    static Order order(String date, String from, String dest, String hq, List<String> certs, ItemSpec... items) {
        return order(date, from, dest, hq, certs, certs.isEmpty() ? LineDeclarations.NONE : JANUARY_2026_LINE, items);
    }

    static Order order(
            String date,
            String from,
            String dest,
            String hq,
            List<String> certs,
            LineDeclarations declared,
            ItemSpec... items) {
        List<OrderItem> lines = new ArrayList<>();
        for (ItemSpec i : items) {
            lines.add(new OrderItem("sku-" + lines.size(), 8, 1000.0, null, i, declared));
        }
        return new Order(
                "T",
                LocalDate.parse(date),
                from,
                dest,
                List.of(new Party(Role.END_USER, "Test End User", dest, hq, null)),
                lines,
                certs,
                null);
    }
}
