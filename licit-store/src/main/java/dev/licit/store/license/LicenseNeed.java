package dev.licit.store.license;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an order needs a license for: the lines whose verdict is {@code LICENSE_REQUIRED}.
 *
 * @param eccns ECCNs of those lines ({@code EAR99} for lines outside the CCL)
 * @param parties names of the order's end users and ultimate consignees
 * @param quantity units on those lines
 * @param valueUsd value of those lines, or null when a line has no unit value
 * @param exportDate the export date the license must be valid on
 * @param contentSha256 the order's {@code OrderContent} hash, or null when unknown (a legacy
 *     decision): a license registered for one order's content then does not cover it
 */
public record LicenseNeed(
        String destination,
        Set<String> eccns,
        List<String> parties,
        long quantity,
        BigDecimal valueUsd,
        LocalDate exportDate,
        String contentSha256) {
    public LicenseNeed {
        eccns = Set.copyOf(eccns);
        parties = List.copyOf(parties);
    }

    public LicenseNeed(
            String destination,
            Set<String> eccns,
            List<String> parties,
            long quantity,
            BigDecimal valueUsd,
            LocalDate exportDate) {
        this(destination, eccns, parties, quantity, valueUsd, exportDate, null);
    }
}
