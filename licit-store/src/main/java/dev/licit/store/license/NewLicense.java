package dev.licit.store.license;

import dev.licit.store.common.StoreInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A license BIS granted, as the exporter registers it.
 *
 * @param number the license number on the BIS license (e.g. {@code D1234567})
 * @param eccns ECCNs it authorises; {@code 3A090} covers {@code 3A090.a}; {@code EAR99} for items outside the CCL
 * @param destination ISO 3166-1 alpha-2 country of ultimate destination
 * @param parties the parties it names (end user, ultimate consignee, ...): every end user and ultimate
 *     consignee of an order must be among them
 * @param quantityLimit units it authorises in total, or null for no quantity limit
 * @param valueLimitUsd value it authorises in total, or null for no value limit
 * @param conditions riders and conditions as printed (kept for the record and shown with the license)
 */
public record NewLicense(
        String number,
        List<String> eccns,
        String destination,
        List<String> parties,
        Long quantityLimit,
        BigDecimal valueLimitUsd,
        LocalDate validFrom,
        LocalDate validTo,
        String conditions) {
    public NewLicense {
        if (number == null || !number.strip().matches("[A-Za-z0-9][A-Za-z0-9\\-/]{0,63}")) {
            throw new StoreInputException(
                    "license number: letters, digits, '-' or '/', up to 64, got '" + number + "'");
        }
        number = number.strip();
        if (eccns == null || eccns.isEmpty()) {
            throw new StoreInputException("license " + number + ": at least one ECCN is needed (e.g. 3A090.a)");
        }
        eccns = eccns.stream()
                .map(e -> e.strip()
                        .toUpperCase(Locale.ROOT)
                        .replace(".A", ".a")
                        .replace(".B", ".b")
                        .replace(".C", ".c"))
                .toList();
        for (String e : eccns) {
            if (!e.matches("[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*|EAR99")) {
                throw new StoreInputException(
                        "license " + number + ": '" + e + "' is not an ECCN (e.g. 3A090.a, 4A090, EAR99)");
            }
        }
        if (destination == null || !destination.strip().matches("[A-Za-z]{2}")) {
            throw new StoreInputException("license " + number
                    + ": destination must be an ISO 3166-1 alpha-2 code, got '" + destination + "'");
        }
        destination = destination.strip().toUpperCase(Locale.ROOT);
        if (parties == null || parties.stream().allMatch(p -> p == null || p.isBlank())) {
            throw new StoreInputException(
                    "license " + number + ": at least one party is needed (the end user or consignee it names)");
        }
        parties = parties.stream()
                .filter(p -> p != null && !p.isBlank())
                .map(String::strip)
                .toList();
        if (quantityLimit != null && quantityLimit <= 0) {
            throw new StoreInputException(
                    "license " + number + ": quantity limit must be positive, got " + quantityLimit);
        }
        if (valueLimitUsd != null && valueLimitUsd.signum() <= 0) {
            throw new StoreInputException("license " + number + ": value limit must be positive, got " + valueLimitUsd);
        }
        if (validFrom == null || validTo == null) {
            throw new StoreInputException("license " + number + ": validity needs a first and a last day");
        }
        if (validTo.isBefore(validFrom)) {
            throw new StoreInputException(
                    "license " + number + ": valid to " + validTo + " is before valid from " + validFrom);
        }
        conditions = conditions == null ? "" : conditions.strip();
    }
}
