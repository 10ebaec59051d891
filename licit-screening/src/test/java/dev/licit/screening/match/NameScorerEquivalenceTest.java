package dev.licit.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.TestNames;
import dev.licit.screening.normalize.NormalizedName;
import dev.licit.screening.normalize.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link NameScorer} on prepared readings gives the original scorer's score, alignment and notes to
 * the last bit; its score-only path agrees with it; and its quick bound is never below the score,
 * so a candidate the bound rules out could not have been reported.
 */
class NameScorerEquivalenceTest {
  @Provide
  Arbitrary<String> names() {
    return TestNames.names();
  }

  @Test
  void everyLabelledPairScoresAsBefore() {
    List<String> names = TestNames.evalNames();
    for (int i = 0; i < names.size(); i += 2) {
      assertSameScores(names.get(i), names.get(i + 1));
      assertSameScores(names.get(i + 1), names.get(i));
    }
  }

  @Property(tries = 1500)
  void generatedPairsScoreAsBefore(@ForAll("names") String a, @ForAll("names") String b) {
    assertSameScores(a, b);
  }

  @Property(tries = 1500)
  void disguisedNamesScoreAsBefore(@ForAll("names") String a) {
    // a name against a variant of itself scores high, where the bound must be exact enough
    assertSameScores(TestNames.typo(a), a);
    assertSameScores(a.replace(" ", ""), a);
    assertSameScores(a + " Trading Co., Ltd.", a + " Ltd");
  }

  private static void assertSameScores(String a, String b) {
    List<NormalizedName> qs = Normalizer.readings(a);
    List<NormalizedName> cs = Normalizer.readings(b);
    for (NormalizedName q : qs) {
      for (NormalizedName c : cs) {
        NameScore expected = ReferenceNameScorer.score(q, c);
        PreparedName pq = PreparedName.of(q);
        PreparedName pc = PreparedName.all(List.of(c)).get(0);
        NameScore actual = NameScorer.score(pq, pc);
        assertThat(actual).as("%s / %s", a, b).isEqualTo(expected);
        assertThat(NameScorer.value(pq, pc)).isEqualTo(expected.score());
        assertThat(NameScorer.upperBound(pq, pc)).as("bound of %s / %s", a, b)
            .isGreaterThanOrEqualTo(expected.score() - 1e-9);
        for (double floor : new double[] {0.5, 0.7, expected.score(), 0.85}) {
          double v = NameScorer.valueAtLeast(pq, PreparedName.all(List.of(c)), 0, floor);
          if (expected.score() >= floor) {
            assertThat(v).isEqualTo(expected.score());
          } else {
            assertThat(v).isLessThan(floor);
          }
        }
      }
    }
    assertThat(NameScorer.best(qs, cs)).isEqualTo(ReferenceNameScorer.best(qs, cs));
  }
}
