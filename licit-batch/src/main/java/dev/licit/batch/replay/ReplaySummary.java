package dev.licit.batch.replay;

import java.util.List;
import java.util.Map;

/**
 * The impact report of a replay, the same whichever engine ran it.
 *
 * @param changed orders whose verdict changes (the headline count)
 * @param reviewPolicyOnly orders whose verdict stays but whose review policy moves
 * @param licenseExceptionOnly orders whose verdict and review policy stay but whose license exception moves
 * @param written lines in the output file
 * @param transitions verdict changes by "BASELINE -> CANDIDATE"
 * @param reasonsAdded verdict changes by rule id that decides the candidate but not the baseline
 * @param reasonsRemoved verdict changes by rule id that no longer decides
 * @param customers distinct customers with a verdict change
 * @param valueUsd value of the orders whose verdict changes (items without a unit value count 0)
 * @param topCustomers the customers with the most value changing verdict, largest first
 */
public record ReplaySummary(
        String engine,
        String baseline,
        String candidate,
        long orders,
        long changed,
        long reviewPolicyOnly,
        long licenseExceptionOnly,
        long written,
        Map<String, Long> transitions,
        Map<String, Long> reasonsAdded,
        Map<String, Long> reasonsRemoved,
        long customers,
        double valueUsd,
        List<CustomerImpact> topCustomers,
        long refused,
        List<String> problems,
        double seconds) {
    public ReplaySummary {
        transitions = Map.copyOf(transitions);
        reasonsAdded = Map.copyOf(reasonsAdded);
        reasonsRemoved = Map.copyOf(reasonsRemoved);
        topCustomers = List.copyOf(topCustomers);
        problems = List.copyOf(problems);
    }

    /** One customer's share of the change. */
    public record CustomerImpact(String name, long orders, double valueUsd) {}

    public double ordersPerSecond() {
        return seconds > 0 ? orders / seconds : 0;
    }
}
