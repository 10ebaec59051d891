package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipLink;
import dev.licit.screening.imports.SourceFile;
import dev.licit.screening.ownership.OwnershipImporter;
import dev.licit.store.audit.ChainCheck;
import dev.licit.store.common.Actor;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.ownership.ImportOutcome;
import dev.licit.store.ownership.OwnershipSnapshot;
import dev.licit.store.ownership.OwnershipStore;
import dev.licit.store.testing.Backend;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Ownership snapshots: all or nothing, audited, verified, guarded against shrinking. */
@ParameterizedClass
@EnumSource(Backend.class)
class OwnershipStoreTest extends StoreTestBase {
    static final Actor IMPORTER = Actor.of("system:ownership");

    static OwnershipImporter.Result csv(String text) throws Exception {
        return OwnershipImporter.importFiles(
                List.of(SourceFile.of("own.csv", text.getBytes(StandardCharsets.UTF_8))), null);
    }

    /** {@code n} links "Owner i" holds 100 % of "Company i". */
    static List<OwnershipLink> chain(int n, String prefix) {
        List<OwnershipLink> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new OwnershipLink(prefix + " Owner " + i, null, "Company " + i, "MY", 100.0, null, null, "t"));
        }
        return out;
    }

    ImportOutcome put(List<OwnershipLink> links, OwnershipStore.Mode mode, boolean accept) {
        return store.ownership().importLinks(links, List.of(), mode, accept, IMPORTER);
    }

    @Test
    void anImportIsStoredAuditedAndServedAsTheCurrentGraph() throws Exception {
        assertThat(store.ownership().graph()).isSameAs(OwnershipGraph.EMPTY);
        var r = csv("owner,owned,percent,startDate,endDate,source\n"
                + "Huawei Technologies Co. Ltd.,Penang Edge Compute Sdn. Bhd.,30,2024-01-15,,SSM 2025\n"
                + "Semiconductor Manufacturing International Corporation,Penang Edge Compute Sdn. Bhd.,25.5,,,\n"
                + "Kumpulan Wang Persaraan,Penang Edge Compute Sdn. Bhd.,,2024-01-15,2025-12-31,press\n");
        ImportOutcome out =
                store.ownership().importLinks(r.links(), r.sources(), OwnershipStore.Mode.REPLACE, false, IMPORTER);
        OwnershipSnapshot s = out.snapshot();
        assertThat(s.id()).startsWith("own-");
        assertThat(s.links()).isEqualTo(3);
        assertThat(s.sources())
                .singleElement()
                .satisfies(src -> assertThat(src.file()).isEqualTo("own.csv"));
        assertThat(store.ownership().current()).contains(s);

        OwnershipGraph g = store.ownership().graph();
        assertThat(g.links()).containsExactlyElementsOf(r.links()); // nulls, fractions and dates come back as written
        assertThat(store.ownership().graph()).isSameAs(g); // cached
        assertThat(g.ownersOf("Penang Edge Compute Sdn Bhd", LocalDate.parse("2026-01-01")))
                .hasSize(2);

        // a second store on the same database sees the import (another process)
        try (LicitStore other = LicitStore.open(store.config())) {
            assertThat(other.ownership().graph().links()).isEqualTo(r.links());
        }
        assertThat(store.audit().about("ownership:" + s.id())).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("ownership.import");
            assertThat(e.actor()).isEqualTo("system:ownership");
            assertThat(e.payload())
                    .contains("\"links\":3")
                    .contains(s.linksSha256())
                    .contains("own.csv");
        });
        assertThat(store.audit().verify().ok()).isTrue();
    }

    @Test
    void theShrinkGuardRefusesDroppingMoreThanTwentyPercent() {
        put(chain(10, "A"), OwnershipStore.Mode.REPLACE, false);
        OwnershipSnapshot first = store.ownership().current().orElseThrow();
        long auditRows = store.audit().head().seq();

        // 3 of 10 pairs dropped: 30 % > 20 %
        List<OwnershipLink> seven = chain(10, "A").subList(0, 7);
        assertThatThrownBy(() -> put(seven, OwnershipStore.Mode.REPLACE, false))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("drops 3 of the 10 owner-owned pairs")
                .hasMessageContaining(first.id())
                .hasMessageContaining("--add")
                .hasMessageContaining("--replace");
        assertThat(store.ownership().current()).contains(first); // nothing written
        assertThat(store.audit().head().seq()).isEqualTo(auditRows);

        // the same count with other pairs drops them all: refused as well
        assertThatThrownBy(() -> put(chain(10, "B"), OwnershipStore.Mode.REPLACE, false))
                .hasMessageContaining("drops 10 of the 10");

        // exactly 20 % dropped is allowed
        ImportOutcome eight = put(chain(10, "A").subList(0, 8), OwnershipStore.Mode.REPLACE, false);
        assertThat(eight.dropped()).isEqualTo(2);
        assertThat(eight.snapshot().previous()).isEqualTo(first.id());

        // --add keeps what was there; --replace/--accept-shrink replaces
        ImportOutcome added = put(chain(3, "C"), OwnershipStore.Mode.ADD, false);
        assertThat(added.snapshot().links()).isEqualTo(11);
        assertThat(added.added()).isEqualTo(3);
        ImportOutcome replaced = put(chain(3, "C"), OwnershipStore.Mode.REPLACE, true);
        assertThat(replaced.snapshot().links()).isEqualTo(3);
        assertThat(replaced.dropped()).isEqualTo(8);
        assertThat(store.ownership().graph().size()).isEqualTo(3);
        assertThat(store.ownership().list()).hasSize(4);
        assertThat(store.ownership().graph(first.id()).orElseThrow().size()).isEqualTo(10);
        assertThat(store.audit().verify().ok()).isTrue();
    }

    @Test
    void addingTheSameLinksTwiceKeepsOneOfEach() {
        put(chain(4, "A"), OwnershipStore.Mode.REPLACE, false);
        ImportOutcome again = put(chain(4, "A"), OwnershipStore.Mode.ADD, false);
        assertThat(again.snapshot().links()).isEqualTo(4);
        assertThat(again.added()).isZero();
    }

    @Test
    void verifyFindsAnEditedLink() throws Exception {
        OwnershipSnapshot s =
                put(chain(5, "A"), OwnershipStore.Mode.REPLACE, false).snapshot();
        assertThat(store.audit().verify().ok()).isTrue();
        // an owner's share lowered under 50 % by hand would let the party it owns pass
        sql("UPDATE ownership_link SET percent = 49 WHERE snapshot_id = '" + s.id() + "' AND idx = 2");
        ChainCheck check = store.audit().verify();
        assertThat(check.ok()).isFalse();
        assertThat(check.problem()).contains("ownership snapshot " + s.id()).contains("were edited");
    }

    @Test
    void verifyFindsALinkDeletedAndASnapshotWrittenAroundTheStore() throws Exception {
        OwnershipSnapshot s =
                put(chain(5, "A"), OwnershipStore.Mode.REPLACE, false).snapshot();
        sql("DELETE FROM ownership_link WHERE snapshot_id = '" + s.id() + "' AND idx = 0");
        assertThat(store.audit().verify().problem()).contains("holds 4 link(s) that are not the 5");
        sql("INSERT INTO ownership_link (snapshot_id, idx, owner_name, owned_name, source) VALUES ('" + s.id()
                + "', 0, 'A Owner 0', 'Company 0', 't')");
        sql("UPDATE ownership_link SET percent = 100, owned_country = 'MY' WHERE idx = 0");
        assertThat(store.audit().verify().ok()).isTrue(); // put back exactly
        sql("INSERT INTO ownership_import (snapshot_id, mode, imported_at, actor, sources, links, links_sha256)"
                + " VALUES ('own-forged', 'REPLACE', '2024-06-02T00:00:00.000Z', 'mallory', '[]', 0, '"
                + "0".repeat(64) + "')");
        assertThat(store.audit().verify().problem()).contains("own-forged").contains("written around the store");
    }

    @Test
    void verifyFindsLinksUnderNoImport() throws Exception {
        put(chain(1, "A"), OwnershipStore.Mode.REPLACE, false);
        sql("INSERT INTO ownership_link (snapshot_id, idx, owner_name, owned_name, source) VALUES ('own-x', 0, 'X',"
                + " 'Y', 't')");
        assertThat(store.audit().verify().problem()).contains("own-x").contains("no import made");
    }

    @Test
    void aNameTooLongForTheTableIsRefusedBeforeAnythingIsWritten() {
        List<OwnershipLink> links =
                List.of(new OwnershipLink("x".repeat(1001), null, "Y", null, null, null, null, "src-1"));
        assertThatThrownBy(() -> put(links, OwnershipStore.Mode.REPLACE, false))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("src-1");
        assertThat(store.ownership().current()).isEmpty();
    }

    @Test
    void anImportWhoseCommitFailsLeavesTheGraphTheDatabaseHolds() throws Exception {
        // H2 checks every constraint as the statement runs, so only PostgreSQL can refuse at the commit itself
        // (a deferred constraint trigger): the failure the cache must survive
        assumeTrue(backend == Backend.POSTGRES, "only PostgreSQL defers a check to the commit");
        put(chain(2, "A"), OwnershipStore.Mode.REPLACE, false);
        OwnershipGraph before = store.ownership().graph();
        assertThat(before.ownersOf("Company 0", null))
                .singleElement()
                .satisfies(l -> assertThat(l.owner()).isEqualTo("A Owner 0"));
        sql("CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$");
        sql("CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON ownership_import"
                + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit()");

        assertThatThrownBy(() -> put(chain(2, "B"), OwnershipStore.Mode.REPLACE, true))
                .hasStackTraceContaining("refused at commit");

        // asked at once (within the store's one-second recheck): the graph still held, not the one refused
        OwnershipGraph after = store.ownership().graph();
        assertThat(after.ownersOf("Company 0", null))
                .singleElement()
                .satisfies(l -> assertThat(l.owner()).isEqualTo("A Owner 0"));
        assertThat(store.ownership().list()).hasSize(1);
    }
}
