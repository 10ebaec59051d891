package dev.licit.screening.eval;

import static dev.licit.screening.eval.Comparisons.compare;
import static dev.licit.screening.eval.Comparisons.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.Band;
import dev.licit.screening.NameComparison;
import dev.licit.screening.match.MatchKind;
import dev.licit.screening.match.TokenAlignment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gaps of issue 16 closed after the first matcher work, each on both sides: short forms that are
 * English words too (Ben, Ed, Ray, Ken), Russian names in scholarly and passport spellings, Hebrew
 * names, Cantonese surnames of two Pinyin surnames (Wong) or of a surname and a given-name syllable
 * (Hui), and sector words translated or transliterated (Tejarat, Unhaeng, Ingenieria); every new
 * equivalence named in the word-by-word alignment.
 */
class SpellingSystemsTest {

    @ParameterizedTest(name = "{0} against {1}: {2} and {3} pair as {4}, because {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Ben Torres Sosa | Benjamin Torres Sosa | ben | benjamin | EQUIVALENT | short form or spelling of a given name",
                "Ed Garcia Arboleda | Edward Garcia Arboleda | ed | edward | EQUIVALENT | short form or spelling of a given name",
                "Ed Garcia Arboleda | Edwin Garcia Arboleda | ed | edwin | EQUIVALENT | short form or spelling of a given name: edwin",
                "Ray Colorado Cessa | Raymond Colorado Cessa | ray | raymond | EQUIVALENT | short form or spelling of a given name",
                "Ken Perez Urdaneta | Kenneth Perez Urdaneta | ken | kenneth | EQUIVALENT | short form or spelling of a given name",
                "Aleksej Zajcev | Aleksei Zaitsev | zajcev | zaitsev | ROMANISATION_RU | Cyrillic romanisation",
                "Andrej Šojgu | Andrei Shoigu | sojgu | shoigu | ROMANISATION_RU | Cyrillic romanisation",
                "Sergej Ščerbakov | Sergey Shcherbakov | scerbakov | shcherbakov | ROMANISATION_RU | Cyrillic romanisation",
                "Jurij Zajcev | Юрий Зайцев | zajcev | zaytsev | ROMANISATION_RU | Cyrillic romanisation",
                "Wong Kwok Wai | Huang Kwok Wai | wong | huang | EQUIVALENT | Chinese surname in Pinyin, Wade-Giles, Cantonese or Hokkien: huang",
                "Wong Kwok Wai | Wang Kwok Wai | wong | wang | EQUIVALENT | Chinese surname in Pinyin, Wade-Giles, Cantonese or Hokkien: wang",
                "Hui Ka Yan | Xu Ka Yan | hui | xu | EQUIVALENT | Chinese surname in Pinyin, Wade-Giles, Cantonese or Hokkien: xu",
                "Yaakov Levi | Jacob Levy | yaakov | jacob | EQUIVALENT | common spelling of a Hebrew given name",
                "Moshe Cohen | Moses Kohen | cohen | kohen | EQUIVALENT | common spelling of a Hebrew family name",
                "Choson Taesong Unhaeng | KOREA DAESONG BANK | unhaeng | bank | EQUIVALENT | translation of a sector word: unhaeng = bank",
                "Seymeh Ingenieria | SEYMEH ENGINEERING | ingenieria | engineering | EQUIVALENT | translation of a sector word",
            })
    void samePartyExplained(String party, String listed, String word, String other, MatchKind how, String why) {
        NameComparison.Result r = compare(party, listed);
        assertThat(r.band()).as(party + " / " + listed + " " + r.score()).isNotEqualTo(Band.NO_MATCH);
        TokenAlignment line = lineOf(r, word);
        assertThat(line.listed()).isEqualTo(other);
        assertThat(line.how()).isEqualTo(how);
        assertThat(line.why()).startsWith(why);
    }

    @ParameterizedTest(name = "{0} is flagged against {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "יעקב לוי | Yaakov Levi",
                "יעקב לוי | Jacob Levy",
                "אבי פרץ | Avi Peretz",
                "יצחק רוזנברג | Itzhak Rosenberg",
                "Pëtr Fëdorov | Pyotr Fyodorov",
                "Gennadij Sojgu | Gennadii Shoigu",
                "BANK TEJARAT International Holdings Group | BANK TEJARAT", // padded: the translated word stays
                // distinctive
                "Construcciones e Inversiones Ltda. | CONSTRUCCIONES E INVERSIONES LTDA.",
                "Siman-e Kurdistan | KURDISTAN CEMENT",
                // the ending ad-Din written apart with its article assimilated, or its article apart
                "Salah Eddine Gasmi | Salah al-Din Gasmi",
                "Jalal Uddin Haqqani | Jalal al-Din Haqqani",
                "Nasr ed-Din Kamel | Nasr al-Din Kamel",
                "Nasr Eddin Kamel | Nasr ad-Din Kamel",
                "Ansar Dine | ANSAR EDDINE",
                "Sanovera | SANOVERA PHARM COMPANY SARL", // Pharm, a sector word's short form
            })
    void sameParty(String party, String listed) {
        NameComparison.Result r = compare(party, listed);
        assertThat(r.band()).as(party + " / " + listed + " " + r.score()).isNotEqualTo(Band.NO_MATCH);
    }

    @ParameterizedTest(name = "{0} is not flagged against {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // another given name, now that the short forms are in the tables (the hypocorism negatives)
                "Ben Teresa Zambada Niebla | Maria Teresa Zambada Niebla",
                "Ray Antonio Colorado Cessa | Francisco Antonio Colorado Cessa",
                "Ken Eduardo Perez Urdaneta | Manuel Eduardo Perez Urdaneta",
                "Ed Gloria Mar Sem | Maria Gloria Mar Sem",
                "Edmund Garcia Arboleda | Edward Garcia Arboleda",
                // in a company's name Ray is a word, not Raymond
                "Ray Industries | Raymond Industries",
                // Wong is Huang or Wang, but Huang is not Wang
                "Huang Kwok Wai | Wang Kwok Wai",
                // in Wang Hui, Wang is the surname and Hui a given name, not Xu
                "Wang Hui | Wang Xu",
                "David Katz | David Cohen",
                "Zajcev Sergej | Zaitsev Andrej",
                "Bank Tejarat | BANK SEPAH",
                "Salah Eddine Gasmi | Salah al-Din Hamdi",
                "Sanovera Pharm | RAHMAH PHARMACEUTICALS", // the sector word alone is no match
            })
    void differentParty(String party, String listed) {
        NameComparison.Result r = compare(party, listed);
        assertThat(r.band()).as(party + " / " + listed + " " + r.score()).isEqualTo(Band.NO_MATCH);
    }

    @ParameterizedTest(name = "{0} against {1} is no surer than a typo")
    @CsvSource(
            delimiter = '|',
            value = {
                "Monnica Zambada | Monica Zambada", // a doubled letter is a typo, not a romanisation system
            })
    void aDoubledLetterStaysATypo(String party, String listed) {
        TokenAlignment line = lineOf(compare(party, listed), "monnica");
        assertThat(line.how()).isEqualTo(MatchKind.TYPO);
    }
}
