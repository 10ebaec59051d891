package dev.licit.store.decision;

import dev.licit.core.decide.Decision;
import dev.licit.core.decide.ItemDecision;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.OrderItem;
import dev.licit.core.decide.Party;
import dev.licit.core.decide.Role;
import dev.licit.core.rulebook.Verdict;
import dev.licit.store.license.LicenseNeed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of an order a license must cover: its {@code LICENSE_REQUIRED} lines (for a NAC order,
 * its {@code NOTIFICATION_REQUIRED} lines) (ECCN, units,
 * value) and the end users and consignees a license must name.
 *
 * @param valueUsd null when a licensed line has no unit value
 */
record LicensedLines(Set<String> eccns, long quantity, BigDecimal valueUsd) {
    static LicensedLines of(Order order, Decision d) {
        Set<String> eccns = new TreeSet<>();
        long quantity = 0;
        BigDecimal value = BigDecimal.ZERO;
        for (int i = 0; i < d.items().size(); i++) {
            ItemDecision item = d.items().get(i);
            // a NAC order needs a license for its notified lines when BIS answers that one is required
            Verdict licensed = d.verdict() == Verdict.NOTIFICATION_REQUIRED
                    ? Verdict.NOTIFICATION_REQUIRED
                    : Verdict.LICENSE_REQUIRED;
            if (item.verdict() != licensed) {
                continue;
            }
            String eccn = item.classification().eccn();
            eccns.add(eccn == null || eccn.equals("NONE") ? "EAR99" : eccn);
            quantity += item.quantity();
            OrderItem line = i < order.items().size() ? order.items().get(i) : null;
            if (value != null && line != null && line.unitValueUsd() != null) {
                value = value.add(
                        BigDecimal.valueOf(line.unitValueUsd()).multiply(BigDecimal.valueOf(item.quantity())));
            } else {
                value = null;
            }
        }
        return new LicensedLines(
                eccns, quantity, value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    boolean any() {
        return !eccns.isEmpty();
    }

    static List<String> licensedParties(List<Party> parties) {
        return parties.stream()
                .filter(p -> p.role() == Role.END_USER || p.role() == Role.ULTIMATE_CONSIGNEE)
                .map(Party::name)
                .toList();
    }

    LicenseNeed need(String destination, List<String> parties, LocalDate exportDate, String contentSha256) {
        return new LicenseNeed(destination, eccns, parties, quantity, valueUsd, exportDate, contentSha256);
    }
}
