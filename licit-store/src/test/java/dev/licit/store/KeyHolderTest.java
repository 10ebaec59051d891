package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.store.common.Actor;
import dev.licit.store.common.NotFoundException;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.keys.ApiKey;
import dev.licit.store.keys.KeyRole;
import dev.licit.store.keys.KeyService;
import dev.licit.store.record.DecisionRecords;
import dev.licit.store.record.RecordLanguage;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 18, point 7: people's names beside key ids, in the audit trail and the decision record. */
@ParameterizedClass
@EnumSource(Backend.class)
class KeyHolderTest extends StoreTestBase {

    @Test
    void aRenamedKeysHolderIsNamedBesideItsIdInTheRecordAndTheRenameIsAudited() {
        ApiKey key = store.keys().create("requester", KeyRole.REQUESTER, ALICE).key();
        Actor viaKey = Actor.of(KeyService.ACTOR_PREFIX + key.id());
        StoredDecision d = store.decisions()
                .record(Fixtures.decide(
                        store, Fixtures.h100ToVietnam("HOLDER-1", 1), Fixtures.curatedScreener(), viaKey));
        ApiKey renamed = store.keys().rename(key.id(), "  Kim Minji ", BOB);
        assertThat(renamed.name()).isEqualTo("Kim Minji");
        assertThat(store.audit().about("key:" + key.id()))
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo("key.renamed"));
        // a name is not what the chain protects a key by (its role, scope and hash are): it still verifies
        assertThat(store.audit().verify().ok()).isTrue();
        String html = new DecisionRecords(store, clock).html(d, RecordLanguage.EN);
        assertThat(html).contains("api-key:" + key.id() + " (Kim Minji)");
        // the CLI's people are named already: no name is added to them
        Map<String, String> holders = store.keys().holders();
        assertThat(KeyService.withHolder("alice", holders)).isEqualTo("alice");
        assertThat(KeyService.withHolder("api-key:000000000000", holders)).isEqualTo("api-key:000000000000");
        assertThat(KeyService.holderOf("api-key:" + key.id(), holders)).isEqualTo("Kim Minji");
    }

    @Test
    void aBlankNameOrAnUnknownKeyIsRefused() {
        ApiKey key = store.keys().create("requester", KeyRole.REQUESTER, ALICE).key();
        assertThatThrownBy(() -> store.keys().rename(key.id(), " ", BOB))
                .isInstanceOf(StoreInputException.class)
                .hasMessageContaining("key name");
        assertThatThrownBy(() -> store.keys().rename(key.id(), "x".repeat(201), BOB))
                .isInstanceOf(StoreInputException.class);
        assertThat(store.keys().rename(key.id(), "x".repeat(200), BOB).name()).hasSize(200);
        assertThatThrownBy(() -> store.keys().rename("000000000000", "Kim", BOB))
                .isInstanceOf(NotFoundException.class);
    }
}
