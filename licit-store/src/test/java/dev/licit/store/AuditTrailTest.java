package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.store.audit.AuditHead;
import dev.licit.store.audit.AuditLog;
import dev.licit.store.audit.ChainCheck;
import dev.licit.store.common.Actor;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.keys.KeyRole;
import dev.licit.store.keys.KeyService;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The audit chain: verification names the first bad seq for each kind of tampering; exports verify alone. */
@ParameterizedClass
@EnumSource(Backend.class)
class AuditTrailTest extends StoreTestBase {

    private void sixEvents() {
        for (int i = 1; i <= 3; i++) {
            Fixtures.record(
                    store,
                    Fixtures.order("N" + i, "2024-06-01", "DE", "Siemens AG", "DE", "nvidia-h100-sxm5-80gb", 1, 100.0));
        }
        store.keys().create("ci", KeyRole.REQUESTER, ALICE);
        store.keys().create("ui", KeyRole.REVIEWER, ALICE);
        store.keys().create("ops", KeyRole.ADMIN, BOB);
    }

    /** Issue 18, point 3: an ad-hoc screen (the server's and the CLI's) is a row of the chain like any other. */
    @Test
    void anAdHocScreenIsRecordedWithItsHitsAndAKeysHolderIsNamedBesideIt() {
        var key = store.keys().create("Kim Minji", KeyRole.REQUESTER, ALICE).key();
        var hit = dev.licit.core.json.Json.object()
                .put("list", "EL")
                .put("entryId", "el-1")
                .put("listedName", "Sophgo Technologies Ltd.")
                .put("score", 0.97)
                .put("band", "MATCH");
        long seq = store.audit()
                .screened(Actor.of("api-key:" + key.id()), "Sophgo Technologies", "CN", "curated", List.of(hit));
        store.audit().screened(Actor.selfDeclared("alice", "root"), "Zzyzx Quilting Club", null, "curated", List.of());
        var rows = store.audit().entries(seq, 10);
        assertThat(rows).hasSize(2).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo("screen.adhoc");
            assertThat(e.subject()).isEqualTo("screen");
        });
        assertThat(rows.get(0).payload())
                .contains("\"name\":\"Sophgo Technologies\"")
                .contains("\"country\":\"CN\"")
                .contains("\"hits\":1")
                .contains("\"listedName\":\"Sophgo Technologies Ltd.\"");
        assertThat(rows.get(1).payload()).contains("\"hits\":0");
        assertThat(KeyService.withHolder(rows.get(0).actor(), store.keys().holders()))
                .isEqualTo("api-key:" + key.id() + " (Kim Minji)");
        assertThat(store.audit().verify().ok()).isTrue();
    }

    @Test
    void anUntouchedChainVerifiesAndItsHeadIsTheLastRow() {
        sixEvents();
        ChainCheck check = store.audit().verify();
        assertThat(check.ok()).as(check.problem()).isTrue();
        assertThat(check.rows()).isEqualTo(6);
        AuditHead head = store.audit().head();
        assertThat(head.seq()).isEqualTo(6);
        assertThat(head.hash()).isEqualTo(check.lastHash()).hasSize(64);
        assertThat(store.audit().matchesAnchor(6, head.hash())).isTrue();
        assertThat(store.audit().matchesAnchor(5, head.hash())).isFalse();
    }

    @Test
    void anEditedPayloadIsNamedByItsSeq() throws Exception {
        sixEvents();
        sql("UPDATE audit_log SET payload = REPLACE(payload, 'ui', 'xx') WHERE seq = 5");
        ChainCheck check = store.audit().verify();
        assertThat(check.ok()).isFalse();
        assertThat(check.firstBadSeq()).isEqualTo(5);
        assertThat(check.problem()).contains("edited");
    }

    @Test
    void aDeletedRowIsNamedAsTheMissingSeq() throws Exception {
        sixEvents();
        sql("DELETE FROM audit_log WHERE seq = 3");
        ChainCheck check = store.audit().verify();
        assertThat(check.firstBadSeq()).isEqualTo(3);
        assertThat(check.problem()).contains("seq 3 is missing");
    }

    @Test
    void twoSwappedRowsAreNamedAtTheFirst() throws Exception {
        sixEvents();
        // swap the content of rows 2 and 4, keeping their seq numbers (a reorder)
        sql("UPDATE audit_log SET seq = -2 WHERE seq = 2");
        sql("UPDATE audit_log SET seq = 2 WHERE seq = 4");
        sql("UPDATE audit_log SET seq = 4 WHERE seq = -2");
        ChainCheck check = store.audit().verify();
        assertThat(check.firstBadSeq()).isEqualTo(2);
        assertThat(check.problem()).contains("prev_hash");
    }

    @Test
    void aTruncatedTailIsCaughtByTheHead() throws Exception {
        sixEvents();
        sql("DELETE FROM audit_log WHERE seq = 6");
        ChainCheck check = store.audit().verify();
        assertThat(check.firstBadSeq()).isEqualTo(6);
        assertThat(check.problem()).contains("deleted");
    }

    @Test
    void anEditedDecisionIsCaughtThroughItsAuditedHash() throws Exception {
        sixEvents();
        StoredDecision d = store.decisions().list(null, 1).stream()
                .findFirst()
                .map(s -> store.decisions().get(s.decisionId()))
                .orElseThrow();
        sql("UPDATE decision SET document = REPLACE(document, 'Siemens', 'Siemenz') WHERE id = '" + d.id() + "'");
        ChainCheck check = store.audit().verify();
        assertThat(check.ok()).isFalse();
        assertThat(check.problem()).contains(d.id()).contains("edited");
    }

    @Test
    void anExportVerifiesOnItsOwnAndAnEditedExportDoesNot() throws Exception {
        sixEvents();
        Path file = dir.resolve("audit.jsonl");
        AuditLog.ExportSummary s = store.audit().export(file, store.config());
        assertThat(s.headSeq()).isEqualTo(6);
        ChainCheck ok = AuditLog.verifyExport(file, store.config().auditKey());
        assertThat(ok.ok()).as(ok.problem()).isTrue();
        assertThat(ok.lastHash()).isEqualTo(store.audit().head().hash());
        assertThat(Files.readAllLines(file))
                .hasSize(7)
                .anySatisfy(l -> assertThat(l).contains("\"record\""));

        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(2, lines.get(2).replace("tester", "mallory"));
        Files.write(file, lines);
        ChainCheck bad = AuditLog.verifyExport(file, store.config().auditKey());
        assertThat(bad.firstBadSeq()).isEqualTo(2);

        lines = new ArrayList<>(Files.readAllLines(dir.resolve("audit.jsonl")));
        store.audit().export(file, store.config());
        lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(lines.size() - 1);
        Files.write(file, lines);
        assertThat(AuditLog.verifyExport(file, store.config().auditKey()).firstBadSeq())
                .isEqualTo(6);
    }

    @Test
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        int threads = 6;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        if (i % 5 == 4) {
                            store.keys().create("k" + thread + "-" + i, KeyRole.REQUESTER, Actor.of("t" + thread));
                        } else {
                            Fixtures.record(
                                    store,
                                    Fixtures.order(
                                            "C" + thread + "-" + i,
                                            "2024-06-01",
                                            "DE",
                                            "Siemens AG",
                                            "DE",
                                            "nvidia-h100-sxm5-80gb",
                                            1,
                                            10.0));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainCheck check = store.audit().verify();
        assertThat(check.ok()).as(check.problem()).isTrue();
        assertThat(check.rows()).isEqualTo(threads * each);
        assertThat(store.decisions().list(null, null)).hasSize(threads * (each - 3));
    }
}
