package dev.licit.cli;

import dev.licit.core.decide.Order;
import dev.licit.core.decide.Postures;
import dev.licit.store.common.Actor;
import dev.licit.store.decision.Authorization;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.desk.OrderDesk;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/** {@code licit check}: through the store's order desk (the same path as {@code POST /v1/decisions}). */
final class StoreDesk implements CheckDesk<OrderDesk.Decided> {
    private final OrderDesk desk;
    private final Actor actor;

    StoreDesk(OrderDesk desk, Actor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    @Override
    public OrderDesk.Decided decide(Order order, String orderText, LocalDate asOf, Postures postures) {
        return desk.decide(order, orderText, asOf, postures);
    }

    @Override
    public CompletableFuture<Checked> record(OrderDesk.Decided decided) {
        return desk.record(decided, actor).thenApply(r -> {
            StoredDecision sd = r.stored();
            Authorization a = sd.authorization();
            return new Recorded(
                    decided.decision(),
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
