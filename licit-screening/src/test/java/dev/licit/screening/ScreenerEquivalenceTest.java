package dev.licit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast screener reports exactly what the original one did (same entries, aliases, scores,
 * bands, explanations, order), with and without country and address, and one screener shared by
 * several threads answers each of them as it answers one.
 */
class ScreenerEquivalenceTest {
  private static final ListSnapshot SNAPSHOT = TestNames.curatedAndSdn();
  private static final Screener FAST = Screener.of(SNAPSHOT);
  private static final ReferenceScreener REFERENCE = new ReferenceScreener(SNAPSHOT, Thresholds.DEFAULT);
  private static final String[] COUNTRIES = {null, "CN", "IR", "RU", "KP", "US"};

  @Provide
  Arbitrary<String> names() {
    return TestNames.names();
  }

  static List<String> listedNames() {
    List<String> out = new ArrayList<>();
    List<ListEntry> entries = SNAPSHOT.entries();
    for (int i = 0; i < entries.size(); i += 23) {
      for (String n : entries.get(i).names()) {
        out.add(n);
        out.add(TestNames.typo(n));
      }
    }
    return out;
  }

  @Test
  void listedAndLabelledNamesAreReportedAsBefore() {
    List<String> names = new ArrayList<>(listedNames());
    names.addAll(TestNames.evalNames());
    int reported = 0;
    for (int i = 0; i < names.size(); i++) {
      String country = COUNTRIES[i % COUNTRIES.length];
      List<ScreeningMatch> fast = FAST.screen(names.get(i), country);
      assertThat(fast).as(names.get(i)).isEqualTo(REFERENCE.screen(names.get(i), country));
      reported += fast.isEmpty() ? 0 : 1;
    }
    assertThat(reported).as("the comparison covers hits, not only misses").isGreaterThan(names.size() / 3);
  }

  @Test
  void addressesCorroborateAsBefore() {
    List<ListEntry> entries = SNAPSHOT.entries();
    for (int i = 0; i < entries.size(); i += 97) {
      ListEntry e = entries.get(i);
      String address = e.addresses().isEmpty() ? "Tehran, Iran" : e.addresses().get(0);
      ScreeningQuery q = new ScreeningQuery(TestNames.typo(e.name()), "IR", address);
      assertThat(FAST.screen(q)).isEqualTo(REFERENCE.screen(q));
      assertThat(FAST.screenAll(q)).isEqualTo(REFERENCE.screenAll(q));
    }
  }

  @Property(tries = 400)
  void generatedNamesAreReportedAsBefore(@ForAll("names") String name) {
    assertThat(FAST.screen(name, "CN")).isEqualTo(REFERENCE.screen(name, "CN"));
    ScreeningQuery q = ScreeningQuery.of(name);
    assertThat(FAST.screenAll(q)).isEqualTo(REFERENCE.screenAll(q));
  }

  @Test
  void oneScreenerServesManyThreads() throws Exception {
    List<String> names = new ArrayList<>(TestNames.evalNames());
    names.addAll(listedNames().subList(0, 300));
    List<List<ScreeningMatch>> expected = new ArrayList<>();
    for (String n : names) {
      expected.add(FAST.screen(n, "CN"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<ScreeningMatch>>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 97;
        runs.add(pool.submit(() -> {
          // each thread walks the names from another starting point, so they interleave
          List<List<ScreeningMatch>> got = new ArrayList<>(names.size());
          for (int k = 0; k < names.size(); k++) {
            got.add(null);
          }
          for (int k = 0; k < names.size(); k++) {
            int i = (k + offset) % names.size();
            got.set(i, FAST.screen(names.get(i), "CN"));
          }
          return got;
        }));
      }
      for (Future<List<List<ScreeningMatch>>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
