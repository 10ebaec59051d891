package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import dev.licit.store.common.Actor;
import dev.licit.store.common.ConflictException;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.decision.AuthorizationStatus;
import dev.licit.store.decision.Shipment;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.license.NewLicense;
import dev.licit.store.nac.Notification;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13, point 2: a decision under another date than the day it is made is a dry run that never
 * ships; a shipment needs a decision under the shipping day's rules; a NAC notification and a
 * license filed for an order cover that order's content only (the canonical content hash).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class BoundAuthorizationsTest extends StoreTestBase {
    private static String nlr(String id, String date) {
        return Fixtures.order(id, date, "DE", "Siemens AG", "DE", "nvidia-h100-sxm5-80gb", 2, 25000.0);
    }

    private static JsonNode json(StoredDecision d) throws Exception {
        return Json.PRETTY.readTree(d.document());
    }

    @Test
    void aBackdatedDecisionIsADryRunThatNeverShipsAndOpensNoCase() throws Exception {
        // the clock says 2024-06-01; the order asks for the rules of 2024-05-31
        StoredDecision backdated = Fixtures.record(store, nlr("B1", "2024-05-31"));
        JsonNode d = json(backdated);
        assertThat(d.get("verdict").asText()).isEqualTo("NLR");
        assertThat(d.get("dryRun").asBoolean()).isTrue();
        assertThat(d.get("authorization").get("status").asText()).isEqualTo("DRY_RUN");
        assertThat(d.get("authorization").get("shippable").asBoolean()).isFalse();
        assertThat(store.decisions().authorization(backdated.id()).status()).isEqualTo(AuthorizationStatus.DRY_RUN);
        assertThatThrownBy(() -> store.decisions().recordShipment(backdated.id(), BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("dry run");
        // a day later is a dry run too (both sides of today)
        assertThat(json(Fixtures.record(store, nlr("B2", "2024-06-02")))
                        .get("dryRun")
                        .asBoolean())
                .isTrue();
        // a HOLD under another date opens no case: it can never ship, there is nothing to let through
        StoredDecision hold = Fixtures.record(
                store,
                Fixtures.order(
                        "B3", "2024-05-31", "DE", "Higon Trading GmbH", "DE", "nvidia-h100-sxm5-80gb", 2, 25000.0));
        assertThat(hold.verdict()).isEqualTo("HOLD");
        assertThat(hold.caseId()).isNull();

        StoredDecision today = Fixtures.record(store, nlr("B4", "2024-06-01"));
        assertThat(json(today).get("dryRun").asBoolean()).isFalse();
        assertThat(today.authorization().status()).isEqualTo(AuthorizationStatus.NOT_REQUIRED);
        assertThat(store.decisions().recordShipment(today.id(), BOB).shippedOn())
                .isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(store.audit().about(backdated.id()).getFirst().payload()).contains("\"dryRun\":true");
    }

    @Test
    void aShipmentNeedsADecisionUnderTheShippingDaysRules() {
        StoredDecision d = Fixtures.record(store, nlr("S1", "2024-06-01"));
        clock.set(Instant.parse("2024-06-02T08:00:00Z"));
        assertThat(store.decisions().authorization(d.id()).status()).isEqualTo(AuthorizationStatus.REDECIDE);
        assertThatThrownBy(() -> store.decisions().recordShipment(d.id(), BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("decided under the rules of 2024-06-01")
                .hasMessageContaining("decide the order again");
        assertThatThrownBy(() -> store.decisions().recordShipment(d.id(), LocalDate.of(2024, 6, 3), BOB))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("shippedOn");
        // recorded a day late, for the day it was decided: the rules dates agree
        Shipment s = store.decisions().recordShipment(d.id(), LocalDate.of(2024, 6, 1), BOB);
        assertThat(s.shippedOn()).isEqualTo(LocalDate.of(2024, 6, 1));
        // the order decided again today ships today
        StoredDecision again = Fixtures.record(store, nlr("S2", "2024-06-02"));
        assertThat(store.decisions().recordShipment(again.id(), BOB).shippedOn())
                .isEqualTo(LocalDate.of(2024, 6, 2));
        assertThatThrownBy(() -> store.decisions()
                        .recordShipment(
                                Fixtures.record(store, nlr("S3", "2024-06-02")).id(), LocalDate.of(2024, 6, 1), BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("REDECIDE");
    }

    /** P05 (NAC-1): 4 x RTX 4090 to a Chinese end user, filed 1 May, BIS number on file: cleared by 1 June. */
    private StoredDecision clearedNac() throws Exception {
        StoredDecision d = Fixtures.record(store, p05());
        assertThat(d.verdict()).isEqualTo("NOTIFICATION_REQUIRED");
        Notification n = store.notifications().file(d.id(), LocalDate.of(2024, 5, 1), "A123456", ALICE);
        assertThat(n.contentSha256()).isEqualTo(json(d).get("contentSha256").asText());
        assertThat(store.decisions().authorization(d.id()).status()).isEqualTo(AuthorizationStatus.NAC_CLEARED);
        return d;
    }

    private static String p05() throws Exception {
        return Files.readString(Fixtures.SHARED.resolve("data/scenarios/P05.json"));
    }

    @Test
    void aNacClearanceDoesNotCoverTheSameOrderIdWithFiftyThousandUnitsOrAnotherEndUser() throws Exception {
        clearedNac();
        StoredDecision same = Fixtures.record(store, p05());
        assertThat(same.authorization().status()).isEqualTo(AuthorizationStatus.NAC_CLEARED);

        String more = p05().replace("\"quantity\": 4", "\"quantity\": 50000");
        String otherUser = p05().replace("Hangzhou Lakeside Cloud Services", "Shenzhen Other Compute");
        String both = more.replace("Hangzhou Lakeside Cloud Services", "Shenzhen Other Compute");
        for (String changed : List.of(more, otherUser, both)) {
            StoredDecision d = Fixtures.record(store, changed);
            assertThat(d.verdict()).isEqualTo("NOTIFICATION_REQUIRED");
            assertThat(d.authorization().status()).isEqualTo(AuthorizationStatus.NOTIFICATION_REQUIRED);
            assertThat(d.authorization().detail()).contains("filed for other content");
            assertThat(json(d).get("contentSha256").asText())
                    .isNotEqualTo(json(same).get("contentSha256").asText());
            assertThatThrownBy(() -> store.decisions().recordShipment(d.id(), BOB))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("NOTIFICATION_REQUIRED");
        }
        // the changed order needs (and may have) a notification of its own
        StoredDecision big = Fixtures.record(store, both);
        Notification own = store.notifications().file(big.id(), LocalDate.of(2024, 6, 1), null, ALICE);
        assertThat(store.decisions().authorization(big.id()).status()).isEqualTo(AuthorizationStatus.NAC_PENDING);
        assertThat(store.decisions().authorization(same.id()).notification().id())
                .isNotEqualTo(own.id());
    }

    @Test
    void aLegacyNotificationWithoutAHashCoversOnlyTheDecisionItWasFiledFrom() throws Exception {
        StoredDecision d = clearedNac();
        sql("UPDATE nac_notification SET content_sha256 = NULL");
        assertThat(store.decisions().authorization(d.id()).status()).isEqualTo(AuthorizationStatus.NAC_CLEARED);
        StoredDecision again = Fixtures.record(store, p05());
        assertThat(again.authorization().status()).isEqualTo(AuthorizationStatus.NOTIFICATION_REQUIRED);
    }

    @Test
    void aLicenseRegisteredForADecisionCoversThatContentOnly() {
        StoredDecision eight = Fixtures.record(store, Fixtures.h100ToVietnam("V1", 8));
        assertThat(eight.authorization().status()).isEqualTo(AuthorizationStatus.LICENSE_REQUIRED);
        NewLicense terms = new NewLicense(
                "D200001",
                List.of("3A090"),
                "VN",
                List.of("Hanoi National AI Lab"),
                1000L,
                null,
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                "");
        assertThat(store.licenses().register(terms, eight.id(), ALICE).contentSha256())
                .isNotNull();
        StoredDecision sameContent = Fixtures.record(store, Fixtures.h100ToVietnam("V1", 8));
        assertThat(sameContent.authorization().status()).isEqualTo(AuthorizationStatus.LICENSED);
        StoredDecision more = Fixtures.record(store, Fixtures.h100ToVietnam("V1", 9));
        assertThat(more.authorization().status()).isEqualTo(AuthorizationStatus.LICENSE_REQUIRED);
        assertThat(more.authorization().detail()).contains("was registered for the order of decision " + eight.id());
        assertThatThrownBy(() -> store.licenses()
                        .register(
                                new NewLicense(
                                        "D200002",
                                        List.of("3A090"),
                                        "VN",
                                        List.of("x"),
                                        null,
                                        null,
                                        LocalDate.of(2024, 1, 1),
                                        LocalDate.of(2024, 12, 31),
                                        ""),
                                Fixtures.record(
                                                store,
                                                Fixtures.order(
                                                        "B",
                                                        "2024-05-01",
                                                        "VN",
                                                        "Hanoi National AI Lab",
                                                        "VN",
                                                        "nvidia-h100-sxm5-80gb",
                                                        8,
                                                        25000.0))
                                        .id(),
                                ALICE))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("dry run");
    }

    @Test
    void aSelfDeclaredActorIsRecordedAsSuchWithTheOsUser() throws Exception {
        Actor declared = Actor.selfDeclared("alice", "root");
        StoredDecision d = store.decisions()
                .record(Fixtures.decide(store, nlr("A1", "2024-06-01"), Fixtures.curatedScreener(), declared));
        JsonNode by = json(d).get("submittedBy");
        assertThat(by.get("actor").asText()).isEqualTo("alice");
        assertThat(by.get("actorVerified").asBoolean()).isFalse();
        assertThat(by.get("osUser").asText()).isEqualTo("root");
        assertThat(store.audit().about(d.id()).getFirst().payload())
                .contains("\"actorVerified\":false")
                .contains("\"osUser\":\"root\"");
        assertThat(store.audit().verify().ok()).isTrue();
        StoredDecision key = store.decisions()
                .record(Fixtures.decide(
                        store, nlr("A2", "2024-06-01"), Fixtures.curatedScreener(), Actor.of("api-key:1")));
        assertThat(json(key).get("submittedBy").get("actorVerified").asBoolean())
                .isTrue();
        assertThat(json(key).get("submittedBy").has("osUser")).isFalse();
    }

    @Test
    void aRequesterSeesOnlyItsOwnDecisions() {
        StoredDecision mine = store.decisions()
                .record(Fixtures.decide(store, nlr("O1", "2024-06-01"), Fixtures.curatedScreener(), ALICE));
        StoredDecision theirs = store.decisions()
                .record(Fixtures.decide(store, nlr("O2", "2024-06-01"), Fixtures.curatedScreener(), BOB));
        assertThat(store.decisions().list(null, null, ALICE))
                .extracting(s -> s.decisionId())
                .containsExactly(mine.id());
        assertThat(store.decisions().list(null, null, null)).hasSize(2);
        assertThat(store.decisions().findFor(theirs.id(), ALICE)).isEmpty();
        assertThat(store.decisions().findFor(mine.id(), ALICE)).isPresent();
        assertThat(store.decisions().findFor(theirs.id(), null)).isPresent();
    }
}
