package dev.licit.store.license;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered license with what is left of it.
 *
 * @param filedFor the decision the license was registered for, or null (a license covering by its terms)
 * @param contentSha256 the content hash of that decision's order: the license then covers only
 *     orders of exactly that content (docs/STORE.md "Content hash"); null for a license by its terms
 */
public record License(
        long id,
        String number,
        List<String> eccns,
        String destination,
        List<String> parties,
        Long quantityLimit,
        BigDecimal valueLimitUsd,
        long quantityUsed,
        BigDecimal valueUsedUsd,
        LocalDate validFrom,
        LocalDate validTo,
        String conditions,
        LicenseStatus status,
        String registeredBy,
        String registeredAt,
        String filedFor,
        String contentSha256) {
    public License {
        eccns = List.copyOf(eccns);
        parties = List.copyOf(parties);
    }

    /** Units left, or null when the license has no quantity limit. */
    public Long quantityRemaining() {
        return quantityLimit == null ? null : quantityLimit - quantityUsed;
    }

    /** Value left, or null when the license has no value limit. */
    public BigDecimal valueRemainingUsd() {
        return valueLimitUsd == null ? null : valueLimitUsd.subtract(valueUsedUsd);
    }

    public boolean exhausted() {
        return (quantityLimit != null && quantityUsed >= quantityLimit)
                || (valueLimitUsd != null && valueUsedUsd.compareTo(valueLimitUsd) >= 0);
    }

    /** Whether the license authorises an item of this ECCN ({@code 3A090} covers {@code 3A090.a.1}). */
    public boolean covers(String eccn) {
        for (String e : eccns) {
            if (eccn.equals(e) || eccn.startsWith(e + ".")) {
                return true;
            }
        }
        return false;
    }
}
