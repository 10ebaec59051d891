package dev.licit.batch.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts a replay as results are written (one thread: the writer). Customers are tracked up to
 * {@value #CUSTOMERS_TRACKED} distinct names so a pathological input cannot grow memory without bound.
 */
public final class ReplayTally {
    static final int CUSTOMERS_TRACKED = 200_000;
    static final int PROBLEMS_KEPT = 20;
    static final int TOP_CUSTOMERS = 10;

    private long orders;
    private long changed;
    private long reviewPolicyOnly;
    private long licenseExceptionOnly;
    private long written;
    private long refused;
    private double value;
    private final Map<String, Long> transitions = new TreeMap<>();
    private final Map<String, Long> added = new TreeMap<>();
    private final Map<String, Long> removed = new TreeMap<>();
    private final Map<String, long[]> customerOrders = new HashMap<>();
    private final Map<String, double[]> customerValue = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    public void add(ReplayOutcome outcome) {
        orders++;
        switch (outcome) {
            case ReplayOutcome.Unchanged u -> {}
            case ReplayOutcome.Changed c -> changed(c.change(), c.written());
            case ReplayOutcome.Refused r -> refuse(r.problem());
        }
    }

    /** Counts a change without counting an order (the Spark driver counts orders with an accumulator). */
    public void changed(ReplayChange c, boolean isWritten) {
        if (isWritten) {
            written++;
        }
        if (!c.verdictChanged()) {
            if (c.changes().contains(ReplayChange.REVIEW_POLICY)) {
                reviewPolicyOnly++;
            } else {
                licenseExceptionOnly++;
            }
            return;
        }
        changed++;
        transitions.merge(c.transition(), 1L, Long::sum);
        c.reasonsAdded().forEach(id -> added.merge(id, 1L, Long::sum));
        c.reasonsRemoved().forEach(id -> removed.merge(id, 1L, Long::sum));
        double v = c.valueUsd() == null ? 0 : c.valueUsd();
        value += v;
        String who = c.customer() == null ? "(no party named)" : c.customer();
        if (customerOrders.containsKey(who) || customerOrders.size() < CUSTOMERS_TRACKED) {
            customerOrders.computeIfAbsent(who, k -> new long[1])[0]++;
            customerValue.computeIfAbsent(who, k -> new double[1])[0] += v;
        }
    }

    public void refuse(String problem) {
        refused++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }

    public long orders() {
        return orders;
    }

    public long changed() {
        return changed;
    }

    public long refused() {
        return refused;
    }

    public List<String> problems() {
        return problems;
    }

    /** @param orders overrides the order count when another part of the engine counted them, or -1 */
    public ReplaySummary summary(String engine, ReplayPlan plan, long orders, double seconds) {
        List<ReplaySummary.CustomerImpact> top = customerOrders.keySet().stream()
                .map(n -> new ReplaySummary.CustomerImpact(
                        n, customerOrders.get(n)[0], customerValue.get(n)[0]))
                .sorted(Comparator.comparingDouble(ReplaySummary.CustomerImpact::valueUsd)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(ReplaySummary.CustomerImpact::orders)
                                .reversed())
                        .thenComparing(ReplaySummary.CustomerImpact::name))
                .limit(TOP_CUSTOMERS)
                .toList();
        return new ReplaySummary(
                engine,
                plan.describeBaseline(),
                plan.describeCandidate(),
                orders >= 0 ? orders : this.orders,
                changed,
                reviewPolicyOnly,
                licenseExceptionOnly,
                written,
                transitions,
                added,
                removed,
                customerOrders.size(),
                value,
                top,
                refused,
                problems,
                seconds);
    }
}
