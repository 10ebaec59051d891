package dev.licit.store.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.decide.AffiliatesPosture;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.Postures;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.OrderReader;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipLink;
import dev.licit.core.rulebook.Verdict;
import dev.licit.store.StoreTestBase;
import dev.licit.store.common.Actor;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The order desk screens every owner above a party (the order's and the ownership graph's) against
 * the store's lists and decides under the 50 % rules, on a real store; the graph is read afresh for
 * each order, so an import between two orders counts.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class OrderDeskOwnershipTest extends StoreTestBase {
    static final OrderReader READER = new OrderReader(Fixtures.RULEBOOK.countries(), CatalogReader.loadDefault());

    static String l20ToMalaysia(String id, String date) {
        return Fixtures.order(id, date, "MY", "Kuala Lumpur AI Cloud Sdn Bhd", "MY", "nvidia-l20-pcie-48gb", 4, 9000.0);
    }

    static final OwnershipLink HUAWEI_HOLDS_70 = new OwnershipLink(
            "Huawei Technologies Co., Ltd.",
            "CN",
            "Kuala Lumpur AI Cloud Sdn Bhd",
            "MY",
            70.0,
            LocalDate.parse("2025-01-01"),
            null,
            "test-graph.csv:2");

    @Test
    void theGraphsListedOwnerIsScreenedAndDecidesTheOrder() {
        AtomicReference<OwnershipGraph> graph = new AtomicReference<>(OwnershipGraph.EMPTY);
        OrderDesk desk =
                new OrderDesk(store, new DecisionEngine(Fixtures.RULEBOOK), Fixtures::curatedScreener, graph::get);
        String text = l20ToMalaysia("KL-1", "2025-10-01");
        Order order = READER.read("kl.json", text, true);
        OrderDesk.Decided before = desk.decide(order, text, null, Postures.NONE);
        assertThat(before.decision().verdict()).isNotEqualTo(Verdict.LICENSE_REQUIRED);

        graph.set(OwnershipGraph.of(List.of(HUAWEI_HOLDS_70))); // an import between two orders
        OrderDesk.Decided after = desk.decide(order, text, null, Postures.NONE);
        assertThat(after.decision().verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(after.decision().ownership().getFirst().nodes().get(1).listings())
                .anyMatch(l -> l.list().equals("EL"));
        // only the parties are recorded as screened parties; the owner shows in the decision document
        assertThat(after.screened()).hasSize(1);
        OrderDesk.Recorded recorded = desk.record(after, Actor.of("tester")).join();
        assertThat(recorded.stored().document())
                .contains("\"ownership\"")
                .contains("Kuala Lumpur AI Cloud Sdn Bhd is 70 % owned by listed parties");

        // the Affiliates rule suspended (the day its suspension starts): the owner no longer decides
        String suspendedText = l20ToMalaysia("KL-2", "2025-11-10");
        OrderDesk.Decided suspended =
                desk.decide(READER.read("kl2.json", suspendedText, true), suspendedText, null, Postures.NONE);
        assertThat(suspended.decision().verdict()).isEqualTo(before.decision().verdict());
        // after 2026-11-09, as the caller's posture says
        String later = l20ToMalaysia("KL-3", "2026-11-10");
        Order laterOrder = READER.read("kl3.json", later, true);
        assertThat(desk.decide(laterOrder, later, null, Postures.NONE)
                        .decision()
                        .verdict())
                .isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(desk.decide(laterOrder, later, null, new Postures(null, AffiliatesPosture.SUSPENDED))
                        .decision()
                        .verdict())
                .isEqualTo(before.decision().verdict());
    }

    @Test
    void withoutAScreenerTheOwnersAreNotScreenedAndTheDecisionSaysSo() {
        OrderDesk desk = new OrderDesk(
                store, new DecisionEngine(Fixtures.RULEBOOK), null, () -> OwnershipGraph.of(List.of(HUAWEI_HOLDS_70)));
        String text = l20ToMalaysia("KL-4", "2025-10-01");
        OrderDesk.Decided d = desk.decide(READER.read("kl4.json", text, true), text, null, Postures.NONE);
        assertThat(d.decision().items().getFirst().reasons())
                .anyMatch(r -> r.ruleId().equals("unscreened"));
        assertThat(d.decision().ownership().getFirst().hasOwners()).isTrue();
    }
}
