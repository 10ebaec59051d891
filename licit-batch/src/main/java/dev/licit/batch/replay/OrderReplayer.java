package dev.licit.batch.replay;

import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.decide.Decision;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.ItemDecision;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.OrderItem;
import dev.licit.core.decide.Party;
import dev.licit.core.decide.Role;
import dev.licit.core.decide.ScreenedOrder;
import dev.licit.core.explain.Reason;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.InputException;
import dev.licit.core.io.OrderReader;
import dev.licit.core.rulebook.RuleEvaluationException;
import dev.licit.core.rulebook.RulebookException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replays one order: decides it under the baseline rulebook and under the candidate, and reports what
 * moved. Parties are not screened (both sides decide with no list hits), so a replay shows what the rule
 * change does, not what a list change does (see docs/REPLAY.md). Thread-safe: the decision engines are,
 * and the order reader keeps no state between calls.
 *
 * <p>The single-process engine and the Spark job both call {@link #replay}, so they report the same orders.
 */
public final class OrderReplayer {
    private static final Map<ReplayPlan, OrderReplayer> PER_JVM = new ConcurrentHashMap<>();

    private final ReplayPlan plan;
    private final DecisionEngine baseline;
    private final DecisionEngine candidate;
    private final OrderReader reader;

    private OrderReplayer(ReplayPlan plan) {
        this.plan = plan;
        this.baseline = new DecisionEngine(plan.baseline().load());
        this.candidate = new DecisionEngine(plan.candidate().load());
        ChipCatalog catalog = CatalogReader.loadDefault();
        this.reader = new OrderReader(baseline.rulebook().countries(), catalog);
    }

    /** The replayer for a plan, built once per JVM (a Spark executor builds it on its first partition). */
    public static OrderReplayer of(ReplayPlan plan) {
        return PER_JVM.computeIfAbsent(plan, OrderReplayer::new);
    }

    public ReplayPlan plan() {
        return plan;
    }

    /**
     * @param file the input file's name and {@code line} the order's line, for messages
     * @param json one order in the contract's shape
     */
    public ReplayOutcome replay(String file, long line, String json) {
        Order order;
        try {
            order = reader.read("", json, true);
        } catch (InputException e) {
            return new ReplayOutcome.Refused(file + ":" + line + ": " + stripSource(e.getMessage()));
        }
        Decision before;
        Decision after;
        try {
            before = baseline.decide(ScreenedOrder.notScreened(order), plan.baselineAsOf(), null);
            after = candidate.decide(ScreenedOrder.notScreened(order), plan.candidateAsOf(), null);
        } catch (IllegalArgumentException | RuleEvaluationException | RulebookException e) {
            return new ReplayOutcome.Refused(
                    file + ":" + line + ": order " + order.id() + " cannot be decided: " + e.getMessage());
        }
        List<String> changes = new ArrayList<>(3);
        if (before.verdict() != after.verdict()) {
            changes.add(ReplayChange.VERDICT);
        }
        if (before.reviewPolicy() != after.reviewPolicy()) {
            changes.add(ReplayChange.REVIEW_POLICY);
        }
        if (!Objects.equals(before.licenseException(), after.licenseException())) {
            changes.add(ReplayChange.LICENSE_EXCEPTION);
        }
        if (changes.isEmpty()) {
            return ReplayOutcome.UNCHANGED;
        }
        List<Reason> beforeReasons = reasons(before);
        List<Reason> afterReasons = reasons(after);
        Set<String> beforeIds = ids(beforeReasons);
        Set<String> afterIds = ids(afterReasons);
        List<String> added =
                afterIds.stream().filter(id -> !beforeIds.contains(id)).toList();
        List<String> removed =
                beforeIds.stream().filter(id -> !afterIds.contains(id)).toList();
        ReplayChange change = new ReplayChange(
                order.id(),
                order.date() == null ? null : order.date().toString(),
                order.destination(),
                customer(order),
                value(order),
                before.verdict().name(),
                after.verdict().name(),
                name(before.reviewPolicy()),
                name(after.reviewPolicy()),
                before.licenseException(),
                after.licenseException(),
                changes,
                added,
                removed,
                beforeReasons,
                afterReasons,
                ref(before),
                ref(after));
        return new ReplayOutcome.Changed(change, change.verdictChanged() || plan.allChanges());
    }

    /** OrderReader prefixes "SOURCE:LINE: "; the source was empty and the line is within one line of text. */
    private static String stripSource(String message) {
        return message.replaceFirst("^:\\d+: ", "").replaceFirst("^: ", "");
    }

    /** Every reason of every item, each (rule, wording) once, in the order the items give them. */
    private static List<Reason> reasons(Decision d) {
        Map<String, Reason> seen = new LinkedHashMap<>();
        for (ItemDecision item : d.items()) {
            for (Reason r : item.reasons()) {
                seen.putIfAbsent(r.ruleId() + "\u0000" + r.summary(), r);
            }
        }
        return List.copyOf(seen.values());
    }

    private static Set<String> ids(List<Reason> reasons) {
        Set<String> ids = new LinkedHashSet<>();
        reasons.forEach(r -> ids.add(r.ruleId()));
        return ids;
    }

    private static String customer(Order order) {
        for (Party p : order.parties()) {
            if (p.role() == Role.END_USER) {
                return p.name();
            }
        }
        return order.parties().isEmpty() ? null : order.parties().getFirst().name();
    }

    private static Double value(Order order) {
        double sum = 0;
        boolean any = false;
        for (OrderItem item : order.items()) {
            if (item.unitValueUsd() != null) {
                sum += item.quantity() * item.unitValueUsd();
                any = true;
            }
        }
        return any ? sum : null;
    }

    private static RulebookRef ref(Decision d) {
        LocalDate from = d.rulebookFrom();
        return new RulebookRef(d.asOf().toString(), from == null ? null : from.toString(), d.rulebookSha256());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
