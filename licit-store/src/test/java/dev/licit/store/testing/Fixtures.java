package dev.licit.store.testing;

import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.decide.Decision;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.Party;
import dev.licit.core.decide.ScreenedOrder;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.OrderReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.store.LicitStore;
import dev.licit.store.common.Actor;
import dev.licit.store.decision.NewDecision;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.review.ReviewedScreening;
import dev.licit.store.review.ScreenedParty;
import java.nio.file.Path;
import java.util.List;

/** Real decisions for store tests: the shipped rulebook, the chip catalog and real list snapshots. */
public final class Fixtures {
    public static final Path SHARED = Path.of(System.getProperty("licit.shared", "../../shared"));
    public static final Path LISTS = SHARED.resolve("data/lists");
    public static final Rulebook RULEBOOK = RulebookLoader.loadDefault();
    private static final ChipCatalog CATALOG = CatalogReader.loadDefault();
    private static final DecisionEngine ENGINE = new DecisionEngine(RULEBOOK);
    private static ListSnapshot curated;
    private static Screener curatedScreener;

    private Fixtures() {}

    public static synchronized ListSnapshot curated() {
        if (curated == null) {
            curated = ListStore.curated();
            curatedScreener = Screener.of(curated);
        }
        return curated;
    }

    public static synchronized Screener curatedScreener() {
        curated();
        return curatedScreener;
    }

    /** An order of {@code quantity} units of a catalog chip for one end user. */
    public static String order(
            String id,
            String date,
            String destination,
            String party,
            String country,
            String catalogId,
            int quantity,
            Double unitValueUsd) {
        return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"exportFrom\": \"US\", \"destination\": \""
                + destination + "\", \"parties\": [{\"role\": \"END_USER\", \"name\": \"" + party
                + "\", \"country\": \""
                + country + "\"}], \"items\": [{\"sku\": \"" + catalogId + "\", \"quantity\": " + quantity
                + (unitValueUsd == null ? "" : ", \"unitValueUsd\": " + unitValueUsd) + ", \"catalogId\": \""
                + catalogId
                + "\"}]}";
    }

    /** H100s to Vietnam: LICENSE_REQUIRED, presumption of approval. */
    public static String h100ToVietnam(String id, int quantity) {
        return order(id, "2024-06-01", "VN", "Hanoi National AI Lab", "VN", "nvidia-h100-sxm5-80gb", quantity, 25000.0);
    }

    /** Decides an order screened against {@code screener} with the store's memory of review. */
    public static NewDecision decide(LicitStore store, String orderJson, Screener screener, Actor actor) {
        Order order = new OrderReader(RULEBOOK.countries(), CATALOG).read("test.json", orderJson, true);
        ReviewedScreening screening = store.screening(screener);
        List<ScreenedParty> parties = screening.screen(order.parties());
        Decision d = ENGINE.decide(
                ScreenedOrder.withHits(
                        order, parties.stream().map(ScreenedParty::standing).toList()),
                null,
                null);
        return new NewDecision(order, orderJson, d, screening.snapshotId(), parties, actor);
    }

    public static NewDecision decide(LicitStore store, String orderJson) {
        return decide(store, orderJson, curatedScreener(), Actor.of("tester"));
    }

    public static StoredDecision record(LicitStore store, String orderJson) {
        return store.decisions().record(decide(store, orderJson));
    }

    /** A party for ad-hoc screening. */
    public static Party endUser(String name, String country) {
        return new Party(dev.licit.core.decide.Role.END_USER, name, country, null, null);
    }
}
