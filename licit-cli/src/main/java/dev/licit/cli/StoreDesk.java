package dev.licit.cli;

import dev.licit.core.decide.Order;
import dev.licit.core.decide.Postures;
import dev.licit.store.common.Actor;
import dev.licit.store.decision.Authorization;
import dev.licit.store.decision.DecisionService;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.desk.OrderDesk;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * {@code licit check}: through the store's order desk (the same path as {@code POST /v1/decisions}).
 * Each order is stamped (id, time) in input order and then screened, decided and its record prepared
 * (document, hashes) on a worker; only the hand-over to the group commit is in order.
 */
final class StoreDesk implements CheckDesk<OrderDesk.Prepared> {
    private final OrderDesk desk;
    private final Actor actor;

    StoreDesk(OrderDesk desk, Actor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    @Override
    public OrderDesk.Prepared decide(Order order, String orderText, LocalDate asOf, Postures postures) {
        return next().decide(order, orderText, asOf, postures);
    }

    @Override
    public Decider<OrderDesk.Prepared> next() {
        DecisionService.Stamp stamp = desk.stamp();
        return (order, orderText, asOf, postures) ->
                desk.prepare(desk.decide(order, orderText, asOf, postures), actor, stamp);
    }

    @Override
    public CompletableFuture<Checked> record(OrderDesk.Prepared prepared) {
        return desk.record(prepared).thenApply(r -> {
            StoredDecision sd = r.stored();
            Authorization a = sd.authorization();
            return new Recorded(
                    prepared.decided().decision(),
                    sd.id(),
                    sd.document(),
                    sd.listSnapshot(),
                    a.status().name(),
                    a.shippable(),
                    a.detail(),
                    sd.caseId());
        });
    }
}
