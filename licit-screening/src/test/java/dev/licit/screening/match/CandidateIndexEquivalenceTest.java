package dev.licit.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.TestNames;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.normalize.NormalizedName;
import dev.licit.screening.normalize.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link CandidateIndex} (allocation-free word tables with a filter, top-k by heap) returns the
 * candidates the original index returned, in the same order, over the curated list and the OFAC
 * SDN list (big enough that very common words are skipped as in production).
 */
class CandidateIndexEquivalenceTest {
  private static final List<NormalizedName> READINGS = new ArrayList<>();
  private static final List<String> LISTED = new ArrayList<>();
  private static final CandidateIndex INDEX;
  private static final ReferenceCandidateIndex REFERENCE;

  static {
    for (ListEntry e : TestNames.curatedAndSdn().entries()) {
      for (String name : e.names()) {
        LISTED.add(name);
        for (Aliases.Alias a : Aliases.derive(name)) {
          READINGS.addAll(Normalizer.readings(a.text()));
        }
      }
    }
    INDEX = new CandidateIndex(READINGS);
    REFERENCE = new ReferenceCandidateIndex(READINGS);
  }

  @Provide
  Arbitrary<String> names() {
    return TestNames.names();
  }

  @Test
  void labelledAndListedNamesGetTheSameCandidates() {
    for (String name : TestNames.evalNames()) {
      assertSameCandidates(name);
    }
    for (int i = 0; i < LISTED.size(); i += 37) {
      assertSameCandidates(LISTED.get(i));
      assertSameCandidates(TestNames.typo(LISTED.get(i)));
    }
  }

  @Property(tries = 1000)
  void generatedNamesGetTheSameCandidates(@ForAll("names") String name) {
    assertSameCandidates(name);
  }

  private static void assertSameCandidates(String name) {
    List<NormalizedName> q = Normalizer.readings(name);
    if (q.get(0).isEmpty()) {
      return;
    }
    for (int limit : new int[] {40, 3}) {
      assertThat(INDEX.candidates(q, limit)).as("%s, %d", name, limit).containsExactly(REFERENCE.candidates(q, limit));
    }
  }
}
