package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Russian joint-stock forms written out, their words on their own, and the words for "company":
 * read as light legal forms (legal-forms.txt); a slip is forgiven in the written-out Russian words
 * only.
 */
class LegalFormWordsTest {
    @ParameterizedTest(name = "{0}: word {1} is {2} {3}")
    @CsvSource({
        "Aktsionernoe Obshchestvo Shvabe, 0, FORM, ao",
        "Otkrytoye Aktsionernoye Obshchestvo Rostec, 0, FORM, oao",
        "Zakrytoe Aktsionernoe Obshchestvo Rostec, 0, FORM, zao",
        "Publichnoe Aktsionernoe Obshchestvo Rostec, 0, FORM, pao",
        "Obshchestvo Aktsionernoe Shvabe, 0, FORM, obshchestvo", // swapped: each word a light form
        "Obshchestvo Aktsionernoe Shvabe, 1, FORM, aktsionernoe",
        "Aktsioenrnoe Obshchestvo Pasit, 0, FORM, aktsionernoe", // one slip in a written-out word
        "Sherkat Kala, 0, FORM, co",
        "Kompaniya Almaz, 0, FORM, co",
        "Tovarishchestvo Almaz, 0, FORM, tovarishchestvo",
        "Corporacion Panamericana, 0, NAME, corporacion", // a slip from Corporation is not forgiven
        "Obshchestvoz Almaz, 0, FORM, obshchestvo",
        "Aktsionerka Almaz, 0, NAME, aktsionerka", // two letters from the form: a word
        // the forms the full CSL writes most that were words before 2026-12-07, abbreviated and written out
        "National Lottery AD, 2, FORM, ad",
        "Akcionarsko Drustvo Jugoimport, 0, FORM, ad",
        "Vihrogonika OOD, 1, FORM, ood",
        "Abar Petroleum S.A.L., 2, FORM, sal",
        "Societe Anonyme Libanaise Abar, 0, FORM, sal",
        "Petrolera C.A., 1, FORM, ca",
        "Compania Anonima Petrolera, 0, FORM, ca",
        "Valfajr Shipping PJS, 2, FORM, jsc",
        "Almaz BVBA, 1, FORM, bv",
        "Almaz DOOEL, 1, FORM, dooel",
        "Doha Holding Q.S.C., 2, FORM, qsc",
        "Sal Imports, 0, FORM, sal", // a given name too: light wherever it stands, as every form
    })
    void formWords(String name, int index, TokenKind kind, String key) {
        Token t = Normalizer.normalize(name).tokens().get(index);
        assertThat(t.kind()).as(name).isEqualTo(kind);
        assertThat(t.key()).as(name).isEqualTo(key);
    }
}
