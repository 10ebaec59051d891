package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.ScreenedOrder;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.OrderReader;
import dev.licit.store.decision.OrderContent;
import dev.licit.store.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The canonical content hash: the same goods to the same parties hash alike; any change does not. */
class OrderContentTest {
    private static final OrderReader READER =
            new OrderReader(Fixtures.RULEBOOK.countries(), CatalogReader.loadDefault());
    private static final DecisionEngine ENGINE = new DecisionEngine(Fixtures.RULEBOOK);

    private static String hash(String json) {
        Order o = READER.read("t.json", json, true);
        return OrderContent.sha256(o, ENGINE.decide(ScreenedOrder.notScreened(o), null, null));
    }

    private static String order(String id, String date, String parties, String items) {
        return "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"exportFrom\":\"US\",\"destination\":\"VN\","
                + "\"parties\":[" + parties + "],\"items\":[" + items + "]}";
    }

    static final String LAB = "{\"role\":\"END_USER\",\"name\":\"Hanoi National AI Lab\",\"country\":\"VN\"}";
    static final String LAB_SPACED =
            "{\"role\":\"END_USER\",\"name\":\"  hanoi   NATIONAL ai lab \",\"country\":\"vn\"}";
    static final String CONSIGNEE = "{\"role\":\"ULTIMATE_CONSIGNEE\",\"name\":\"Saigon Freight\",\"country\":\"VN\"}";
    static final String H100 = "{\"sku\":\"H100\",\"quantity\":8,\"catalogId\":\"nvidia-h100-sxm5-80gb\"}";
    static final String H100_9 = "{\"sku\":\"H100\",\"quantity\":9,\"catalogId\":\"nvidia-h100-sxm5-80gb\"}";
    static final String H20 = "{\"sku\":\"H20\",\"quantity\":8,\"catalogId\":\"nvidia-h20-hgx-sxm\"}";

    @Test
    void orderOfLinesAndPartiesIdDateAndSpellingOfNamesAreNotContent() {
        String base = hash(order("A", "2024-06-01", LAB + "," + CONSIGNEE, H100 + "," + H20));
        assertThat(hash(order("B", "2024-07-01", CONSIGNEE + "," + LAB_SPACED, H20 + "," + H100)))
                .isEqualTo(base);
    }

    @Test
    void quantitiesItemsPartiesAndDestinationAreContent() {
        String base = hash(order("A", "2024-06-01", LAB, H100));
        assertThat(hash(order("A", "2024-06-01", LAB, H100_9))).isNotEqualTo(base);
        assertThat(hash(order("A", "2024-06-01", LAB, H20))).isNotEqualTo(base);
        assertThat(hash(order("A", "2024-06-01", LAB + "," + CONSIGNEE, H100))).isNotEqualTo(base);
        assertThat(hash(order("A", "2024-06-01", LAB.replace("Hanoi", "Hue"), H100)))
                .isNotEqualTo(base);
        assertThat(hash(order("A", "2024-06-01", LAB, H100)
                        .replace("\"destination\":\"VN\"", "\"destination\":\"TH\"")))
                .isNotEqualTo(base);
    }

    @Test
    void theCanonicalTextIsPinned() {
        // a change here changes the hash every license and notification on file was bound to
        Order o = READER.read(
                "t.json", order("A", "2024-06-01", LAB_SPACED.replace("lab ", "lab|"), H100 + "," + H20), true);
        assertThat(OrderContent.canonical(o, ENGINE.decide(ScreenedOrder.notScreened(o), null, null)))
                .isEqualTo("{\"v\":1,\"exportFrom\":\"US\",\"destination\":\"VN\",\"destinationRegion\":null,"
                        + "\"endUses\":[],\"endUserType\":null,\"items\":[{\"model\":\"nvidia-h100-sxm5-80gb\","
                        + "\"sku\":\"H100\",\"eccn\":\"3A090.a\",\"quantity\":8},{\"model\":\"nvidia-h20-hgx-sxm\","
                        + "\"sku\":\"H20\",\"eccn\":\"NONE\",\"quantity\":8}],\"parties\":[{\"role\":\"END_USER\","
                        + "\"name\":\"hanoi national ai lab|\",\"country\":\"VN\"}]}");
    }
}
