package dev.licit.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Entries decoded on demand: each once, none before it is asked for, and a snapshot keeps them so. */
class OnDemandListTest {
    private static final SnapshotInfo INFO =
            new SnapshotInfo("snap-1", "abc", List.of(), Instant.parse("2026-12-06T00:00:00Z"), Map.of(), false);

    private static ListEntry entry(int i) {
        return new ListEntry(
                "EL",
                "e" + i,
                "Entity",
                List.of("Name " + i),
                List.of(),
                List.of("CN"),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                List.of());
    }

    @Test
    void eachElementIsDecodedOnceAndOnlyWhenAskedFor() {
        AtomicInteger decodes = new AtomicInteger();
        OnDemandList<ListEntry> list = new OnDemandList<>(5, i -> {
            decodes.incrementAndGet();
            return entry(i);
        });
        ListSnapshot snapshot = new ListSnapshot(INFO, list);
        assertThat(decodes).as("the snapshot keeps the list as it is").hasValue(0);
        assertThat(snapshot.entries().size()).isEqualTo(5);
        assertThat(snapshot.entries().get(3).entryId()).isEqualTo("e3");
        assertThat(snapshot.entries().get(3)).isSameAs(list.get(3));
        assertThat(decodes).hasValue(1);
        assertThat(list).extracting(ListEntry::entryId).containsExactly("e0", "e1", "e2", "e3", "e4");
        assertThat(decodes).hasValue(5);
        assertThat(list).isEqualTo(List.of(entry(0), entry(1), entry(2), entry(3), entry(4)));
    }

    @Test
    void itCannotBeChangedNorReadOutsideItsSize() {
        OnDemandList<ListEntry> list = new OnDemandList<>(2, OnDemandListTest::entry);
        assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.add(entry(9))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, entry(9))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new OnDemandList<ListEntry>(1, i -> null).get(0))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anyOtherListIsCopied() {
        List<ListEntry> mutable = new java.util.ArrayList<>(List.of(entry(0)));
        ListSnapshot snapshot = new ListSnapshot(INFO, mutable);
        mutable.add(entry(1));
        assertThat(snapshot.entries()).hasSize(1);
    }
}
