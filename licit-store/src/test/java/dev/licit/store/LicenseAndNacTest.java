package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import dev.licit.store.common.ConflictException;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.decision.Authorization;
import dev.licit.store.decision.AuthorizationStatus;
import dev.licit.store.decision.Shipment;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.license.License;
import dev.licit.store.license.NewLicense;
import dev.licit.store.nac.Notification;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Licenses are found, drawn down, run out and expire; NAC orders wait for the number and 25 days. */
@ParameterizedClass
@EnumSource(Backend.class)
class LicenseAndNacTest extends StoreTestBase {

    private License license(String number, Long quantity, String value, String validTo) {
        return store.licenses()
                .register(
                        new NewLicense(
                                number,
                                List.of("3A090"),
                                "VN",
                                List.of("Hanoi National AI Lab"),
                                quantity,
                                value == null ? null : new BigDecimal(value),
                                LocalDate.of(2024, 1, 1),
                                LocalDate.parse(validTo),
                                "for stated end use only; no reexport without authorization"),
                        ALICE);
    }

    @Test
    void aLicenseIsFoundAndDrawnDownByQuantityUntilItRunsOut() throws Exception {
        license("D100001", 20L, null, "2024-12-31");
        StoredDecision first = Fixtures.record(store, Fixtures.h100ToVietnam("V1", 8));
        JsonNode auth = Json.PRETTY.readTree(first.document()).get("authorization");
        assertThat(auth.get("status").asText()).isEqualTo("LICENSED");
        assertThat(auth.get("license").get("number").asText()).isEqualTo("D100001");
        assertThat(auth.get("license").get("quantityRemaining").asLong()).isEqualTo(20);
        assertThat(first.caseId()).isNull();

        Shipment s = store.decisions().recordShipment(first.id(), BOB);
        assertThat(s.licenseNumber()).isEqualTo("D100001");
        assertThat(s.quantity()).isEqualTo(8);
        assertThat(store.licenses().get("D100001").orElseThrow().quantityRemaining())
                .isEqualTo(12);
        assertThatThrownBy(() -> store.decisions().recordShipment(first.id(), BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already has a shipment");

        StoredDecision second = Fixtures.record(store, Fixtures.h100ToVietnam("V2", 8));
        StoredDecision third = Fixtures.record(store, Fixtures.h100ToVietnam("V3", 8));
        assertThat(second.document()).contains("\"LICENSED\"");
        assertThat(third.document()).contains("\"LICENSED\"");
        store.decisions().recordShipment(second.id(), BOB);
        // the license was drawn down after the third decision was made: its shipment is refused
        assertThatThrownBy(() -> store.decisions().recordShipment(third.id(), BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("4 units left, the order needs 8");

        StoredDecision fourth = Fixtures.record(store, Fixtures.h100ToVietnam("V4", 8));
        assertThat(fourth.verdict()).isEqualTo("LICENSE_REQUIRED");
        JsonNode back = Json.PRETTY.readTree(fourth.document()).get("authorization");
        assertThat(back.get("status").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(back.get("shippable").asBoolean()).isFalse();
        assertThat(back.get("detail").asText()).contains("D100001: 4 units left, the order needs 8");
        assertThat(fourth.caseId()).isNotNull();
        StoredDecision fits = Fixtures.record(store, Fixtures.h100ToVietnam("V5", 4));
        assertThat(fits.document()).contains("\"LICENSED\"");
        store.decisions().recordShipment(fits.id(), BOB);
        assertThat(Fixtures.record(store, Fixtures.h100ToVietnam("V6", 1)).document())
                .contains("exhausted: all 20 units drawn");
        assertThat(store.audit().about("license:D100001"))
                .extracting(e -> e.kind())
                .containsExactly("license.registered", "license.drawdown", "license.drawdown", "license.drawdown");
        assertThat(store.audit().verify().ok()).isTrue();
    }

    @Test
    void aValueLimitIsDrawnDownToo() {
        license("D100002", null, "300000", "2024-12-31");
        StoredDecision first = Fixtures.record(store, Fixtures.h100ToVietnam("V1", 8));
        Shipment s = store.decisions().recordShipment(first.id(), BOB);
        assertThat(s.valueUsd()).isEqualByComparingTo("200000");
        assertThat(store.licenses().get("D100002").orElseThrow().valueRemainingUsd())
                .isEqualByComparingTo("100000");
        StoredDecision second = Fixtures.record(store, Fixtures.h100ToVietnam("V2", 8));
        assertThat(second.document()).contains("USD 100000.00 left, the order needs USD 200000.00");
        assertThat(Fixtures.record(store, Fixtures.h100ToVietnam("V3", 4)).document())
                .contains("\"LICENSED\"");
    }

    @Test
    void expiryBringsLicenseRequiredBack() {
        license("D100003", 100L, null, "2024-06-30");
        assertThat(Fixtures.record(store, Fixtures.h100ToVietnam("V1", 8)).document())
                .contains("\"LICENSED\"");
        clock.set(Instant.parse("2024-07-01T08:00:00Z"));
        StoredDecision late = Fixtures.record(
                store,
                Fixtures.order(
                        "V2", "2024-07-01", "VN", "Hanoi National AI Lab", "VN", "nvidia-h100-sxm5-80gb", 8, 25000.0));
        assertThat(late.document())
                .contains("D100003: not valid on the export date 2024-07-01")
                .doesNotContain("\"LICENSED\"");
        assertThat(store.decisions().authorization(late.id()).status()).isEqualTo(AuthorizationStatus.REVIEW);
    }

    @Test
    void aLicenseThatDoesNotNameThePartyOrCoverTheItemDoesNotApply() {
        store.licenses()
                .register(
                        new NewLicense(
                                "D100004",
                                List.of("4A090"),
                                "VN",
                                List.of("Hanoi National AI Lab"),
                                100L,
                                null,
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 12, 31),
                                ""),
                        ALICE);
        store.licenses()
                .register(
                        new NewLicense(
                                "D100005",
                                List.of("3A090.a"),
                                "VN",
                                List.of("Saigon Compute JSC"),
                                100L,
                                null,
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 12, 31),
                                ""),
                        ALICE);
        String doc = Fixtures.record(store, Fixtures.h100ToVietnam("V1", 8)).document();
        assertThat(doc)
                .contains("D100004: does not cover 3A090.a")
                .contains("D100005: does not name Hanoi National AI Lab");
        assertThatThrownBy(() -> new NewLicense(
                        "D1",
                        List.of("banana"),
                        "VN",
                        List.of("x"),
                        1L,
                        null,
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31),
                        ""))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("'BANANA' is not an ECCN");
        assertThatThrownBy(() -> license("D100004", 1L, null, "2024-12-31")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aNacOrderShipsOnlyWithTheBisNumberAndAfterTwentyFiveDays() throws Exception {
        String order = Files.readString(Fixtures.SHARED.resolve("data/scenarios/P05.json"));
        StoredDecision d = Fixtures.record(store, order);
        assertThat(d.verdict()).isEqualTo("NOTIFICATION_REQUIRED");
        assertThat(d.document()).contains("\"NOTIFICATION_REQUIRED\"");
        assertThat(store.decisions().authorization(d.id()).shippable()).isFalse();

        Notification n = store.notifications().file(d.id(), LocalDate.of(2024, 6, 1), null, ALICE);
        assertThat(n.waitingPeriodEnds()).isEqualTo(LocalDate.of(2024, 6, 26));
        assertThatThrownBy(() -> store.notifications().file(d.id(), LocalDate.of(2024, 6, 1), null, ALICE))
                .isInstanceOf(ConflictException.class);

        clock.set(Instant.parse("2024-06-26T10:00:00Z"));
        // the decision of 1 June was made under that day's rules: shipping today needs today's
        assertThat(store.decisions().authorization(d.id()).status()).isEqualTo(AuthorizationStatus.REDECIDE);
        assertThatThrownBy(() -> store.decisions().recordShipment(d.id(), BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("decide the order again");
        StoredDecision today = Fixtures.record(store, order.replace("2024-06-01", "2024-06-26"));
        Authorization noNumber = store.decisions().authorization(today.id());
        assertThat(noNumber.status()).isEqualTo(AuthorizationStatus.NAC_PENDING);
        assertThat(noNumber.detail()).contains("no BIS number");
        // the same sentence as a code and its values, for the UI's and the record's translations
        assertThat(noNumber.details())
                .containsExactly(new Authorization.Part(
                        "authorization.nac-no-number",
                        java.util.Map.of("id", Long.toString(n.id()), "filed", "2024-06-01")));
        assertThatThrownBy(() -> store.decisions().recordShipment(today.id(), BOB))
                .isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> store.notifications().recordNumber(n.id(), "123", ALICE))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("A and six digits");
        clock.set(Instant.parse("2024-06-25T23:00:00Z"));
        store.notifications().recordNumber(n.id(), "a123456", ALICE);
        StoredDecision eve = Fixtures.record(store, order.replace("2024-06-01", "2024-06-25"));
        Authorization early = store.decisions().authorization(eve.id());
        assertThat(early.shippable()).isFalse();
        assertThat(early.detail()).contains("runs until 2024-06-26");
        assertThat(early.details()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("authorization.nac-waiting");
            assertThat(p.params()).containsEntry("ends", "2024-06-26").containsEntry("filed", "2024-06-01");
        });

        clock.set(Instant.parse("2024-06-26T00:00:01Z"));
        Authorization cleared = store.decisions().authorization(today.id());
        assertThat(cleared.status()).isEqualTo(AuthorizationStatus.NAC_CLEARED);
        assertThat(cleared.detail()).contains("A123456");
        assertThat(cleared.details()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("authorization.nac-cleared");
            assertThat(p.params()).containsEntry("bis", "A123456").containsEntry("ends", "2024-06-26");
        });
        Shipment s = store.decisions().recordShipment(today.id(), BOB);
        assertThat(s.notificationId()).isEqualTo(n.id());

        // deciding the same order (same content) again finds the notification on file
        StoredDecision again = Fixtures.record(store, order.replace("2024-06-01", "2024-06-26"));
        assertThat(again.document()).contains("\"NAC_CLEARED\"").contains("\"bisNumber\":\"A123456\"");
        assertThat(store.audit().about("nac:" + n.id()))
                .extracting(e -> e.kind())
                .containsExactly("nac.filed", "nac.number");
    }
}
