package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Consonant skeletons of transliterated abjad words and of their Latin spellings. */
class SkeletonTest {
    @Test
    void digraphsAreOneLetterAndADoubledLetterIsWrittenOnce() {
        assertThat(Skeleton.of("hussein", true)).isEqualTo("hsn");
        assertThat(Skeleton.of("qaddafi", true)).isEqualTo("kdf");
        assertThat(Skeleton.of("khalid", true)).isEqualTo("kld");
    }

    @Test
    void anHAfterADigraphIsALetterOfItsOwn() {
        // شهاب: sh, h, b; the h of "sh" is not the same letter as the h after it
        assertThat(Skeleton.of("shhab", true))
                .isEqualTo(Skeleton.of("shahab", true))
                .isEqualTo("shb");
        assertThat(Skeleton.same("shhabadyn", true, false, "shahabuddin", false, false))
                .isEqualTo(5);
    }
}
