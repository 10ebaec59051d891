package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.TestNames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of {@link Normalizer} (ASCII folding without ICU, patterns run only when they can
 * match, legal forms and glossary looked up by first letter, cached word classes) read every name
 * exactly as the original normaliser did.
 */
class NormalizerEquivalenceTest {
  @Provide
  Arbitrary<String> names() {
    return TestNames.names();
  }

  @Provide
  Arbitrary<String> ascii() {
    return Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(40);
  }

  @Test
  void everyAsciiCharacterFoldsAsIcuFoldsIt() {
    for (char c = 0; c < 128; c++) {
      for (String s : new String[] {String.valueOf(c), "A" + c + "b", c + " X", "x " + c, c + "" + c}) {
        assertThat(Normalizer.fold(s)).as("U+%04X in \"%s\"", (int) c, s).isEqualTo(Normalizer.foldWithIcu(s))
            .isEqualTo(ReferenceNormalizer.fold(s));
      }
    }
  }

  @Property(tries = 500)
  void asciiFoldsAsIcuFoldsIt(@ForAll("ascii") String s) {
    assertThat(Normalizer.fold(s)).isEqualTo(ReferenceNormalizer.fold(s));
  }

  @Test
  void everyLabelledNameReadsAsBefore() {
    for (String name : TestNames.evalNames()) {
      assertThat(Normalizer.readings(name)).as(name).isEqualTo(ReferenceNormalizer.readings(name));
    }
  }

  @Property(tries = 1000)
  void generatedNamesReadAsBefore(@ForAll("names") String name) {
    assertThat(Normalizer.readings(name)).isEqualTo(ReferenceNormalizer.readings(name));
  }

  @Property(tries = 300)
  void anyTextReadsAsBefore(@ForAll String s) {
    assertThat(Normalizer.readings(s)).isEqualTo(ReferenceNormalizer.readings(s));
  }

  @Test
  void cachedWordsAreTheWordsComputedAfresh() {
    for (String w : new String[] {"huawei", "technologies", "co", "ltd", "1st", "42", "a", "hangzhou", "qinghua"}) {
      for (String origin : new String[] {"latin", "han", "hangul", "confusable"}) {
        Token first = Normalizer.token(w, origin);
        assertThat(Normalizer.token(w, origin)).isEqualTo(first).isEqualTo(ReferenceNormalizer.token(w, origin));
      }
    }
  }
}
