package dev.licit.store.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import dev.licit.store.StoreTestBase;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Decisions are stored with what they were made from, found byte for byte, and acknowledged only once durable. */
@ParameterizedClass
@EnumSource(Backend.class)
class DecisionRecordTest extends StoreTestBase {

    @Test
    void aDecisionIsFoundAgainWithTheExactBytesAndTheOrderAsSubmitted() throws Exception {
        String order = Fixtures.h100ToVietnam("SO-1", 8);
        StoredDecision d = Fixtures.record(store, order);
        StoredDecision again = store.decisions().get(d.id());
        assertThat(again.document()).isEqualTo(d.document());
        assertThat(store.decisions().orderJson(d.id())).isEqualTo(order);
        JsonNode doc = Json.PRETTY.readTree(d.document());
        assertThat(doc.get("decisionId").asText()).isEqualTo(d.id()).startsWith("D-");
        assertThat(doc.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(doc.get("rulebook").get("sha256").asText()).isEqualTo(again.rulebookSha256());
        assertThat(doc.get("listSnapshot").asText())
                .isEqualTo(Fixtures.curated().id())
                .isEqualTo(again.listSnapshot());
        assertThat(doc.get("authorization").get("status").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(doc.get("authorization").get("shippable").asBoolean()).isFalse();
        assertThat(doc.get("decidedAt").asText()).isEqualTo(again.decidedAt());
        assertThat(store.decisions().find("D-NOPE")).isEmpty();
    }

    @Test
    void aDocumentIsStoredOnOneLineAndShownIndentedAsBefore() throws Exception {
        StoredDecision d = Fixtures.record(store, Fixtures.h100ToVietnam("SO-1", 8));
        assertThat(d.document()).doesNotContain("\n");
        // the audit trail's hash is over the bytes stored
        assertThat(store.audit().about(d.id()).getFirst().payload())
                .contains(dev.licit.store.internal.Hashes.sha256(d.document()));
        // what people read is indented as the stored text was before 2026-12-07, byte for byte
        String shown = Json.indentStored(d.document());
        assertThat(shown).isEqualTo(Json.PRETTY.writeValueAsString(Json.PRETTY.readTree(d.document())));
        assertThat(shown).startsWith("{\n  \"decisionId\" : \"" + d.id() + "\",\n");
        // a document stored indented (before 2026-12-07) is shown as it was stored
        assertThat(Json.indentStored(shown)).isSameAs(shown);
    }

    @Test
    void listingFiltersBySinceAndLimitNewestFirst() {
        String first = Fixtures.record(store, Fixtures.h100ToVietnam("A", 1)).id();
        clock.advance(java.time.Duration.ofDays(2));
        String second = Fixtures.record(store, Fixtures.h100ToVietnam("B", 1)).id();
        String third = Fixtures.record(store, Fixtures.h100ToVietnam("C", 1)).id();
        assertThat(store.decisions().list(null, null))
                .extracting(DecisionSummary::decisionId)
                .containsExactly(third, second, first);
        assertThat(store.decisions().list(LocalDate.of(2024, 6, 2), null))
                .extracting(DecisionSummary::decisionId)
                .containsExactly(third, second);
        assertThat(store.decisions().list(null, 1))
                .extracting(DecisionSummary::orderId)
                .containsExactly("C");
    }

    @Test
    void aGroupIsAcknowledgedOnlyAfterItsCommit() throws Exception {
        List<CompletableFuture<StoredDecision>> futures = new CopyOnWriteArrayList<>();
        List<String> violations = new CopyOnWriteArrayList<>();
        AtomicBoolean hookRan = new AtomicBoolean();
        store.decisions().beforeCommit(ids -> {
            hookRan.set(true);
            // inside the transaction, just before commit: nothing may be acknowledged, nothing visible outside
            for (CompletableFuture<StoredDecision> f : futures) {
                if (f.isDone()
                        && ids.contains(
                                f.getNow(null) == null ? "" : f.getNow(null).id())) {
                    violations.add("acknowledged before commit");
                }
            }
            if (countFromAnotherConnection(ids) != 0) {
                violations.add("visible before commit");
            }
        });
        for (int i = 0; i < 20; i++) {
            futures.add(store.decisions().submit(Fixtures.decide(store, Fixtures.h100ToVietnam("G" + i, 1))));
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<StoredDecision> f : futures) {
            ids.add(f.get().id());
        }
        assertThat(hookRan).isTrue();
        assertThat(violations).isEmpty();
        assertThat(countFromAnotherConnection(ids)).isEqualTo(20);
        assertThat(store.audit().verify().ok()).isTrue();
    }

    @Test
    void aGroupThatFailsToCommitAcknowledgesNothingAndLeavesNothing() {
        store.decisions().beforeCommit(ids -> {
            throw new IllegalStateException("disk full (simulated)");
        });
        CompletableFuture<StoredDecision> f =
                store.decisions().submit(Fixtures.decide(store, Fixtures.h100ToVietnam("F", 1)));
        assertThatThrownBy(f::join).hasMessageContaining("disk full");
        store.decisions().beforeCommit(ids -> {});
        assertThat(store.decisions().list(null, null)).isEmpty();
        assertThat(store.audit().head().seq()).isZero();
        assertThat(store.cases().list(null, 10)).isEmpty();
    }

    private int countFromAnotherConnection(List<String> ids) {
        var c = store.config();
        try (var conn = DriverManager.getConnection(c.jdbcUrl(), c.user(), c.password());
                var s = conn.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM decision")) {
            int n = 0;
            while (rs.next()) {
                if (ids.contains(rs.getString(1))) {
                    n++;
                }
            }
            return n;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
