package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The table-driven syllable split gives the keys the original substring search gave. */
class ChineseRomanizationTest {
  private static final String[] SYLLABLES = {"qing", "hua", "tsing", "hsin", "zhong", "guo", "kwang", "tung", "shen",
      "zhen", "ch'ing", "jiang", "xi", "an", "er", "wei", "ye", "yuan", "tian", "jin", "tien", "tsin", "sz", "tsz",
      "chuan", "ung", "o", "a", "e", "peking", "x"};

  @Provide
  Arbitrary<String> syllables() {
    return Arbitraries.of(SYLLABLES).list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l).replace("'", ""));
  }

  @Provide
  Arbitrary<String> letters() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('1', '-', 'é').ofMaxLength(45);
  }

  @Property(tries = 1000)
  void syllableRunsGetTheOriginalKey(@ForAll("syllables") String w) {
    assertThat(ChineseRomanization.key(w)).isEqualTo(ReferenceChineseRomanization.key(w));
  }

  @Property(tries = 1000)
  void anyWordGetsTheOriginalKey(@ForAll("letters") String w) {
    assertThat(ChineseRomanization.key(w)).isEqualTo(ReferenceChineseRomanization.key(w));
  }

  @Test
  void romanisationsAgree() {
    assertThat(ChineseRomanization.key("tsinghua")).isEqualTo(ChineseRomanization.key("qinghua")).isNotEmpty();
    assertThat(ChineseRomanization.key("peking")).isEqualTo(ChineseRomanization.key("beijing"));
    assertThat(ChineseRomanization.key("siemens")).isEmpty();
    assertThat(ChineseRomanization.key("hua".repeat(20))).isEmpty();
  }
}
