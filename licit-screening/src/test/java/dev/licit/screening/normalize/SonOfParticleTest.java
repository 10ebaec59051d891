package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Son of" (bin, ibn, ben, bint; بن) between two names of an Arabic or Malay name is a particle, as
 * "al" is; first, last, or in a name with nothing Arabic about it, it is a name (Bin Wang, Ben
 * Smith, Wang Bin Hai). So is the article written assimilated (ur, ul, as, uz).
 */
class SonOfParticleTest {
    @ParameterizedTest(name = "{1} in {0} is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Zulkifli Bin Abdul Hir | bin | STOP",
                "Usama bin Muhammad bin Awad Bin Ladin | ladin | NAME",
                "Hamadi Ben Abdul Aziz Ben Ali Bouyahia | ben | STOP",
                "Khalid ibn al-Walid | ibn | STOP",
                "Fatima bint Mubarak | bint | STOP",
                "أسامة بن لادن | bn | STOP",
                "Wang Bin Hai | bin | NAME", // a Chinese given name's syllable
                "Bin Wang | bin | NAME",
                "Ahmed Ben | ben | NAME",
                "Ben Smith | ben | NAME",
                // the article assimilated to the next name (Zia ur Rahman, Abd as-Sattar) is the article al
                "ZIA-UR-RAHMAN MADANI | ur | STOP",
                "Zia ul Haq | ul | STOP",
                "Abd as-Sattar | as | STOP",
                "Mohammad Shams uz Zaman | uz | STOP",
                "Wang Ur Li | ur | NAME", // nothing Arabic about the name
                "Ur Rahman | ur | NAME", // first: no article between two names
            })
    void kind(String name, String word, TokenKind kind) {
        List<Token> tokens = Normalizer.normalize(name).tokens();
        assertThat(tokens)
                .filteredOn(t -> t.surface().equals(word))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.kind()).isEqualTo(kind));
    }
}
