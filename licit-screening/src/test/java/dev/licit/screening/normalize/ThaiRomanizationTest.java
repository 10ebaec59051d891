package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Thai words read in RTGS (Royal Institute, 2000): initial against final consonant values, vowels
 * written before their consonant, unwritten vowels, silent letters under the thanthakhat, no tones.
 */
class ThaiRomanizationTest {
    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "สมชาย, somchai", // ม closes a syllable with an unwritten o; ย after า is -i
        "ทักษิณ, thaksin", // ท initial th; ก final k; ษ initial s; ณ final n
        "ยิ่งลักษณ์, yinglak", // tone mark dropped; ษณ์ silent
        "ประยุทธ์, prayut", // ปร cluster; ธ์ silent; ท final t
        "วงศ์สวัสดิ์, wongsawat", // ศ์ and ดิ์ silent; ส final t; open syllable sa
        "จันทร์โอชา, chanocha", // ทร์ silent; โ written before อ
        "ศรีสุข, sisuk", // the r of ศร is silent; ข final k
        "สุวรรณ, suwan", // รร reads an
        "ชินวัตร, chinwat", // ตร at the end: t
        "เมือง, mueang", // เ-ือ
        "ไทย, thai", // ไ written before ท
        "แก้ว, kaeo", // แ, ว final o
        "ทอง, thong", // อ as the vowel o
        "บุญ, bun", // ญ final n
        "พจน์, phot", // พ initial ph; จ final t; น์ silent
        "ปัญญารชุน, panyanchun", // not RTGS panyarachun: read by rule, ร after า closes the syllable
        "ชุณหะวัณ, chunhawan",
        "หลีกภัย, likphai", // ห before ล is silent
        "อภิสิทธิ์, aphisit", // ธิ์ silent; an unwritten a after อ
        "ชวน, chuan", // ว between consonants reads ua
        "ฤดี, ruedi", // ฤ is a vowel letter
        "๙, 9", // Thai digits
    })
    void readsAsTheRoyalInstituteTranscribes(String thai, String rtgs) {
        assertThat(ThaiRomanization.rtgs(thai)).isEqualTo(rtgs);
    }

    @ParameterizedTest(name = "{0} and {1} share a Thai name key")
    @CsvSource({
        "thaksin, Taksin",
        "chinwat, Shinawatra",
        "chinwat, Chinnawat",
        "yinglak, Yingluck",
        "prayut, Prayuth",
        "somchai, Somchay",
        "sisuk, Srisuk",
        "suwan, Suwanna",
        "wongsawat, Vongsawat",
        "somchai, Somjai", // ch and j
        "anuwat, Anuwad", // final d
        "suepsak, Seubsak",
        "chunhawan, Choonhavan",
        "likphai, Leekpai",
        "aphisit, Abhisit",
        "chanwirakun, Charnvirakul", // an r marking a long vowel, a final ล as n
        "phaethongthan, Paetongtarn",
        "wetchachiwa, Vejjajiva", // a final ช read t before the next ช
    })
    void commonSpellingsShareTheKey(String rtgs, String latin) {
        assertThat(ThaiRomanization.nameKey(latin)).isEqualTo(ThaiRomanization.nameKey(rtgs));
    }

    @ParameterizedTest(name = "{0} and {1} differ")
    @CsvSource({
        "thaksin, Thawatchai",
        "chinwat, Chanwit",
        "somchai, Somsak",
        "prayut, Prawit",
        "suwan, Suwit",
        "chanwirakun, Chanwit",
        "phon, Prom", // the r after a consonant stays
    })
    void otherNamesDoNot(String rtgs, String latin) {
        assertThat(ThaiRomanization.nameKey(latin)).isNotEqualTo(ThaiRomanization.nameKey(rtgs));
    }

    @Test
    void saraAmReadsTheSameAfterCompatibilityNormalisation() {
        // NFKC writes ำ as nikhahit and sara aa; the nikhahit alone is a dropped mark (java.text's
        // Normalizer: this package has one of its own)
        String decomposed = java.text.Normalizer.normalize("ทองคำ", java.text.Normalizer.Form.NFKC);
        assertThat(decomposed).isNotEqualTo("ทองคำ");
        assertThat(ThaiRomanization.rtgs(decomposed)).isEqualTo("thongkham");
        assertThat(ThaiRomanization.rtgs("ทองคำ")).isEqualTo("thongkham");
    }
}
