package dev.licit.batch.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.batch.io.AtomicOutput;
import dev.licit.core.catalog.CatalogEntry;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic order history as JSON Lines in the contract's order shape: dates spread over the
 * period the rules cover, destinations weighted towards the countries the rules treat differently, one to
 * three catalog chips per order with quantities and unit values, an end user named like a real customer,
 * and now and then the exporter certifications of the January 2026 rule. The same seed gives the same file.
 */
public final class OrderGenerator {
    /** Destination and weight: China and its neighbours, the Gulf, allies, and the embargoed now and then. */
    private static final List<String> DESTINATIONS = List.of(
            "CN", "CN", "CN", "HK", "MO", "VN", "VN", "MY", "MY", "SG", "SG", "AE", "AE", "SA", "SA", "IN", "IN", "IL",
            "DE", "DE", "FR", "GB", "JP", "JP", "KR", "KR", "TW", "US", "BR", "MX", "TR", "RU", "BY", "KZ", "TH", "ID");

    private static final List<String> CERTIFICATIONS = List.of(
            "US_SUPPLY_SUFFICIENT", "NO_FOUNDRY_DIVERSION", "RECIPIENT_SECURITY_PROCEDURES", "US_THIRD_PARTY_TESTING");

    private OrderGenerator() {}

    /**
     * @param from first order date (inclusive), {@code to} the last
     * @return orders written
     */
    public static long write(Path output, long count, long seed, ChipCatalog catalog, LocalDate from, LocalDate to)
            throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("--count must be 0 or more, got " + count);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        List<CatalogEntry> chips = catalog.entries().stream()
                .sorted(Comparator.comparing(CatalogEntry::id))
                .toList();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        SplittableRandom random = new SplittableRandom(seed);
        NameMaker names = new NameMaker(random);
        try (AtomicOutput out = AtomicOutput.create(output)) {
            Writer w = out.writer();
            for (long i = 0; i < count; i++) {
                ObjectNode o = Json.COMPACT.createObjectNode();
                String dest = DESTINATIONS.get(random.nextInt(DESTINATIONS.size()));
                o.put("id", String.format("SO-%09d", i + 1));
                o.put("date", from.plusDays(random.nextLong(days)).toString());
                o.put("exportFrom", random.nextInt(10) == 0 ? (random.nextBoolean() ? "TW" : "SG") : "US");
                o.put("destination", dest);
                ArrayNode parties = o.putArray("parties");
                NameMaker.Made customer = names.next();
                ObjectNode endUser = parties.addObject();
                endUser.put("role", "END_USER");
                endUser.put("name", customer.name());
                endUser.put("country", dest);
                if (random.nextInt(8) == 0) {
                    endUser.put("headquarters", "CN");
                }
                endUser.put("address", customer.address());
                ArrayNode items = o.putArray("items");
                int lines = 1 + random.nextInt(3);
                for (int k = 0; k < lines; k++) {
                    CatalogEntry chip = chips.get(random.nextInt(chips.size()));
                    boolean datacenter = Boolean.TRUE.equals(chip.spec().datacenter());
                    ObjectNode item = items.addObject();
                    item.put("sku", chip.id());
                    item.put("quantity", 1 + random.nextInt(datacenter ? 64 : 200));
                    item.put(
                            "unitValueUsd",
                            (datacenter ? 8_000 + random.nextInt(32_000) : 400 + random.nextInt(2_600)) / 100 * 100);
                    item.put("catalogId", chip.id());
                }
                if (random.nextInt(10) == 0) {
                    ArrayNode certs = o.putArray("certifications");
                    CERTIFICATIONS.forEach(certs::add);
                }
                w.write(Json.COMPACT.writeValueAsString(o));
                w.write('\n');
            }
            out.commit();
        }
        return count;
    }
}
