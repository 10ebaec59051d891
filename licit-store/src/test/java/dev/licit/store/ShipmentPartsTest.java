package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import dev.licit.store.audit.AuditEntry;
import dev.licit.store.common.ConflictException;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.decision.Shipment;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.license.NewLicense;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 18: an order ships in parts, each with its date, the units of each line and its references;
 * each part is checked against the license's remainder and draws only its own units and value.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ShipmentPartsTest extends StoreTestBase {
    private void license(String number, Long quantity) {
        store.licenses()
                .register(
                        new NewLicense(
                                number,
                                List.of("3A090"),
                                "VN",
                                List.of("Hanoi National AI Lab"),
                                quantity,
                                null,
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 12, 31),
                                null),
                        ALICE);
    }

    @Test
    void anOrderShipsInPartsEachDrawingItsOwnUnitsAndValue() throws Exception {
        license("D200001", 20L);
        StoredDecision d = Fixtures.record(store, Fixtures.h100ToVietnam("P1", 8));
        assertThat(d.document()).contains("\"LICENSED\"");
        Shipment first = store.decisions()
                .recordShipment(
                        d.id(),
                        null, // today: the day the order was decided under
                        new Shipment.Request(List.of(3L), "X20240530123456", "176-12345675", "INV-0042"),
                        BOB);
        assertThat(first.lines()).containsExactly(3L);
        assertThat(first.quantity()).isEqualTo(3);
        assertThat(first.valueUsd()).isEqualByComparingTo("75000");
        assertThat(first.itn()).isEqualTo("X20240530123456");
        assertThat(first.awb()).isEqualTo("176-12345675");
        assertThat(first.invoice()).isEqualTo("INV-0042");
        assertThat(store.licenses().get("D200001").orElseThrow().quantityRemaining())
                .isEqualTo(17);
        // more than is left of the line, nothing at all, or not one figure per line: refused, nothing drawn
        assertThatThrownBy(() -> store.decisions()
                        .recordShipment(d.id(), null, new Shipment.Request(List.of(6L), null, null, null), BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("lines/0: 6 units, but only 5 of the 8 ordered are left");
        assertThatThrownBy(() -> store.decisions()
                        .recordShipment(d.id(), null, new Shipment.Request(List.of(0L), null, null, null), BOB))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("at least one unit");
        assertThatThrownBy(() -> store.decisions()
                        .recordShipment(d.id(), null, new Shipment.Request(List.of(1L, 1L), null, null, null), BOB))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("the order has 1 lines");
        assertThatThrownBy(() -> store.decisions()
                        .recordShipment(d.id(), null, new Shipment.Request(List.of(-1L), null, null, null), BOB))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("lines/0");
        assertThat(store.licenses().get("D200001").orElseThrow().quantityRemaining())
                .isEqualTo(17);
        // the rest of the order
        Shipment rest = store.decisions().recordShipment(d.id(), BOB);
        assertThat(rest.lines()).containsExactly(5L);
        assertThat(rest.quantity()).isEqualTo(5);
        assertThat(store.licenses().get("D200001").orElseThrow().quantityRemaining())
                .isEqualTo(12);
        assertThat(store.decisions().shipments(d.id()))
                .extracting(Shipment::lines)
                .containsExactly(List.of(3L), List.of(5L));
        assertThat(store.decisions().shipment(d.id()).orElseThrow().itn()).isEqualTo("X20240530123456");
        assertThatThrownBy(() -> store.decisions().recordShipment(d.id(), BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already has a shipment for every unit");
        List<JsonNode> events = store.audit().about(d.id()).stream()
                .filter(e -> e.kind().equals("shipment"))
                .map(AuditEntry::payload)
                .map(p -> {
                    try {
                        return Json.COMPACT.readTree(p);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("partial").asBoolean()).isTrue();
        assertThat(events.get(0).get("orderComplete").asBoolean()).isFalse();
        assertThat(events.get(0).get("awb").asText()).isEqualTo("176-12345675");
        assertThat(events.get(1).get("orderComplete").asBoolean()).isTrue();
        assertThat(store.audit().verify().ok()).isTrue();
    }

    @Test
    void eachPartIsCheckedAgainstWhatIsLeftOfTheLicense() {
        license("D200002", 4L);
        // 4 units left cannot cover an order of 8: a case opens and holds it
        StoredDecision d = Fixtures.record(store, Fixtures.h100ToVietnam("P2", 8));
        assertThat(d.verdict()).isEqualTo("LICENSE_REQUIRED");
        assertThat(d.caseId()).isNotNull();
        store.cases().release(d.caseId(), "ship the four the license covers now", ALICE);
        // the whole order still needs more than the license has left
        assertThatThrownBy(() -> store.decisions().recordShipment(d.id(), BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("4 units left, the order needs 8");
        // four of them fit; the license is then exhausted and the rest is refused
        store.decisions().recordShipment(d.id(), null, new Shipment.Request(List.of(4L), null, null, null), BOB);
        assertThat(store.licenses().get("D200002").orElseThrow().quantityRemaining())
                .isZero();
        assertThatThrownBy(() -> store.decisions()
                        .recordShipment(d.id(), null, new Shipment.Request(List.of(1L), null, null, null), BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("may not ship");
    }

    @Test
    void referencesAreCheckedAsTheyAreGiven() {
        assertThatThrownBy(() -> new Shipment.Request(null, "ITN-1", null, null))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("itn: an AES Internal Transaction Number");
        assertThat(new Shipment.Request(null, " X20260105A1B2C3 ", " ", null).itn())
                .isEqualTo("X20260105A1B2C3");
        assertThat(new Shipment.Request(null, null, " ", null).awb()).isNull();
        assertThatThrownBy(() -> new Shipment.Request(null, null, "x".repeat(61), null))
                .hasMessageContaining("awb: at most 60");
        assertThatThrownBy(() -> new Shipment.Request(null, null, null, "INV\n1"))
                .hasMessageContaining("invoice");
        assertThat(new BigDecimal("1")).isNotNull();
    }
}
