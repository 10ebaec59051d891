package dev.licit.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.match.MatchKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The curated list, loaded by default, finds the advanced-computing parties and leaves others alone. */
class ScreenerTest {
    static final Screener CURATED = Screener.of(ListStore.curated());

    static ScreeningMatch best(String name) {
        List<ScreeningMatch> ms = CURATED.screen(name, null);
        assertThat(ms).as(name).isNotEmpty();
        return ms.get(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Huawei Technologies Co., Ltd.",
                "华为技术有限公司",
                "HUAWEI TECHNOLOGIES CO LTD",
                "Huawei Technologies",
                "Huаwei Technologies",
                "Technologies Huawei",
                "Huawei Tecnologies",
                "HuaweiTechnologies",
                "Hua Wei Technologies",
                "ＨＵＡＷＥＩ　ＴＥＣＨＮＯＬＯＧＩＥＳ",
                "Huawei\u200b\u200fTechnologies"
            })
    void huaweiIsFoundInEveryDisguise(String name) {
        ScreeningMatch m = best(name);
        assertThat(m.listedName()).containsIgnoringCase("huawei technologies");
        assertThat(m.band()).isEqualTo(Band.MATCH);
        assertThat(m.list()).isIn("EL", "CMIC");
    }

    @Test
    void entityListOutranksInformationOnlyListAtEqualScore() {
        assertThat(best("Huawei Technologies Co., Ltd.").list()).isEqualTo("EL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMIC", "Semiconductor Manufacturing International Corporation", "中芯国际"})
    void smicIsFound(String name) {
        ScreeningMatch m = best(name);
        assertThat(m.listedName()).containsIgnoringCase("Semiconductor Manufacturing International Corporation");
        assertThat(m.band()).isEqualTo(Band.MATCH);
    }

    @Test
    void guianAffiliateIsAMatchOnTheEntityList() {
        ScreeningMatch m = best("Guian New District Huawei Investment Co., Ltd.");
        assertThat(m.list()).isEqualTo("EL");
        assertThat(m.band()).isEqualTo(Band.MATCH);
        assertThat(m.listedName()).startsWith("Guian New District Huawei Investment");
        assertThat(m.licensePolicy()).isEqualTo("Presumption of denial");
        assertThat(m.federalRegisterNotice()).contains("84 FR 22961");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hangzhou Lakeside Cloud Services Co., Ltd.",
                "Saigon Render Farm JSC",
                "Frankfurt Render Cloud GmbH",
                "Tel Aviv Vision Ltd.",
                "Sao Paulo Data Centers S.A.",
                "Siemens AG"
            })
    void unrelatedFirmsAreNotFlagged(String name) {
        assertThat(CURATED.screen(name, null)).as(name).isEmpty();
    }

    @Test
    void explanationNamesAliasAlignmentAndConsequence() {
        ScreeningMatch m = CURATED.screen("Huawei Tecnologies", "CN").get(0);
        Explanation ex = m.explanation();
        assertThat(ex.matchedAlias()).isEqualTo(m.matchedAlias());
        assertThat(ex.alignment()).anySatisfy(a -> {
            assertThat(a.query()).isEqualTo("tecnologies");
            assertThat(a.how()).isEqualTo(MatchKind.TYPO);
        });
        assertThat(ex.adjustments()).anyMatch(s -> s.contains("country CN"));
        assertThat(ex.summary()).contains("EL entry").contains("Presumption of denial");
        assertThat(ex.consequence()).contains("license is required");
    }

    @Test
    void hangulNameFindsItsRomanisedListing() {
        var curatedPlusKorean = new ListSnapshot(
                ListStore.curated().info(),
                List.of(new ListEntry(
                        "SDN",
                        "1",
                        "Entity",
                        List.of("KOREA KWANGSON BANKING CORP"),
                        List.of(),
                        List.of("KP"),
                        "DPRK",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "")));
        ScreeningMatch m = Screener.of(curatedPlusKorean).screen("조선광선은행", null).get(0);
        assertThat(m.band()).isEqualTo(Band.MATCH);
        assertThat(m.explanation().alignment()).anyMatch(a -> a.how() == MatchKind.ROMANISATION_KO);
    }

    @Test
    void equalMatchesAreOrderedByListEntryAndNameWhateverTheSnapshotOrder() {
        // lists the severity table does not know rank alike, so only the tie order separates these
        List<ListEntry> entries = List.of(
                entry("ZZ", "2", "Acme Widget Works"),
                entry("YY", "9", "Acme Widget Works"),
                entry("ZZ", "1", "Acme Widget Works"),
                entry("YY", "9", "ACME WIDGET WORKS"));
        List<String> expected = List.of(
                "YY:9:ACME WIDGET WORKS", "YY:9:Acme Widget Works", "ZZ:1:Acme Widget Works", "ZZ:2:Acme Widget Works");
        for (List<ListEntry> order : List.of(entries, entries.reversed())) {
            List<ScreeningMatch> ms = Screener.of(
                            new ListSnapshot(ListStore.curated().info(), order))
                    .screen("Acme Widget Works", null);
            assertThat(ms)
                    .extracting(m -> m.list() + ":" + m.entryId() + ":" + m.listedName())
                    .as("%s", order)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anArabicNameOfTwoWordsFindsTheLatinListingThatWritesItAsOne() {
        // the listing is Latin only, as most are: the candidate index must find it from the run of
        // Arabic words, not only the scorer pair them
        List<ListEntry> entries = List.of(
                entry("SDN", "1", "HIDAYATULLAH"),
                entry("SDN", "2", "SALAHUDDIN"),
                entry("SDN", "3", "HABIBULLAH"),
                entry("SDN", "4", "HIDAYAT KHAN"));
        Screener screener = Screener.of(new ListSnapshot(ListStore.curated().info(), entries));
        List<ScreeningMatch> hidayatullah = screener.screen("هدايت الله", null);
        assertThat(hidayatullah).isNotEmpty();
        assertThat(hidayatullah.get(0).entryId()).isEqualTo("1");
        assertThat(hidayatullah.get(0).band()).isEqualTo(Band.MATCH);
        assertThat(hidayatullah).noneMatch(m -> m.entryId().equals("3"));
        assertThat(hidayatullah.get(0).explanation().alignment()).anyMatch(a -> a.how() == MatchKind.JOINED);
        // the article's l of الدين is assimilated in the Latin spelling
        assertThat(screener.screen("صلاح الدين", null))
                .anyMatch(m -> m.entryId().equals("2"));
    }

    @Test
    void aHebrewNameFindsItsLatinListingWhateverLettersLatinSpellsTwoWays() {
        // ב as v, ח as ch, צ as tz, a final ה as a vowel: the index must find these from Latin-only listings
        List<ListEntry> entries = List.of(
                entry("SDN", "1", "MOSHE MIZRACHI"),
                entry("SDN", "2", "YOSEF PERETZ"),
                entry("SDN", "3", "AVRAHAM SHAPIRO"),
                entry("SDN", "4", "MOSHE KATZ"));
        Screener screener = Screener.of(new ListSnapshot(ListStore.curated().info(), entries));
        assertThat(screener.screen("משה מזרחי", null).get(0).entryId()).isEqualTo("1");
        assertThat(screener.screen("יוסף פרץ", null).get(0).entryId()).isEqualTo("2");
        assertThat(screener.screen("אברהם שפירא", null).get(0).entryId()).isEqualTo("3");
    }

    @Test
    void aThaiNameFindsItsLatinListing() {
        // no list writes Thai script: a Thai party must find the Latin listing, in RTGS or not
        List<ListEntry> entries = List.of(
                entry("SDN", "1", "YINGLUCK SHINAWATRA"),
                entry("SDN", "2", "SOMCHAI WONGSAWAT"),
                entry("SDN", "3", "THAKSIN SHINAWATRA"),
                entry("SDN", "4", "SOMSAK WONGSAWAT"));
        Screener screener = Screener.of(new ListSnapshot(ListStore.curated().info(), entries));
        ScreeningMatch yingluck = screener.screen("ยิ่งลักษณ์ ชินวัตร", null).get(0);
        assertThat(yingluck.entryId()).isEqualTo("1");
        assertThat(yingluck.band()).isEqualTo(Band.MATCH);
        assertThat(yingluck.explanation().alignment()).anyMatch(a -> a.how() == MatchKind.ROMANISATION_TH);
        assertThat(screener.screen("สมชาย วงศ์สวัสดิ์", null).get(0).entryId()).isEqualTo("2");
        assertThat(screener.screen("ทักษิณ ชินวัตร", null).get(0).entryId()).isEqualTo("3");
    }

    @Test
    void aThaiNameFindsALatinListingSpeltFarFromItsRtgsReading() {
        // neither word is a typo, a Double Metaphone code or a romanisation key away from its RTGS
        // reading: only the candidate index's table of Thai name keys finds the listing
        List<ListEntry> entries = List.of(
                entry("SDN", "1", "SURAYUT JULANON"),
                entry("SDN", "2", "SOMSAK WONGSAWAT"),
                entry("SDN", "3", "JULIAN SURREY"));
        Screener screener = Screener.of(new ListSnapshot(ListStore.curated().info(), entries));
        List<ScreeningMatch> found = screener.screen("สุรยุทธ์ จุลานนท์", null);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).entryId()).isEqualTo("1");
        assertThat(found.get(0).band()).isEqualTo(Band.POSSIBLE);
        assertThat(found.get(0).explanation().alignment()).anyMatch(a -> a.how() == MatchKind.ROMANISATION_TH);
        // the near listing: another Thai name key (Julian Surrey shares letters, not the key) is not reported
        assertThat(found).noneMatch(m -> m.entryId().equals("3"));
        // another Thai name finds its own listing, not this one
        List<ScreeningMatch> others = screener.screen("สมศักดิ์ วงศ์สวัสดิ์", null);
        assertThat(others).isNotEmpty().noneMatch(m -> m.entryId().equals("1"));
        assertThat(others.get(0).entryId()).isEqualTo("2");
    }

    private static ListEntry entry(String list, String id, String name) {
        return new ListEntry(list, id, "Entity", List.of(name), List.of(), List.of(), "", "", "", "", "", "", "");
    }

    @Test
    void wadeGilesAndPinyinAgree() {
        assertThat(NameComparison.compare("Tsinghua University", "Qinghua University", Thresholds.DEFAULT)
                        .band())
                .isEqualTo(Band.MATCH);
        assertThat(NameComparison.compare(
                                "Tientsin Broadcasting Equipment",
                                "Tianjin Broadcasting Equipment Co., Ltd.",
                                Thresholds.DEFAULT)
                        .band())
                .isEqualTo(Band.MATCH);
    }

    @Test
    void siblingEntitiesInDifferentCitiesAreNotAMatch() {
        assertThat(NameComparison.compare("Huawei Cloud Beijing", "Huawei Cloud Shenzhen", Thresholds.DEFAULT)
                        .band())
                .isNotEqualTo(Band.MATCH);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "!!!",
                "...,,,;;",
                "\u200f\u200e\u202e",
                "Co., Ltd.",
                "有限公司",
                "a",
                "؟؟",
                "\u0000\u0001\u0007",
                "ﷺ",
                "\uD800",
                "👍🏽 Huawei 👍"
            })
    void oddInputNeverCrashes(String name) {
        assertThat(CURATED.screen(name, "XX")).isNotNull();
        assertThat(CURATED.screen(name, null)).isNotNull();
    }

    @Test
    void hugeNamesAreCutNotFatal() {
        String huge = "Huawei Technologies ".repeat(600);
        long t0 = System.nanoTime();
        assertThat(CURATED.screen(huge, null)).isNotNull();
        assertThat(CURATED.screen("x".repeat(10_000), null)).isEmpty();
        assertThat(CURATED.screen("华".repeat(10_000), null)).isNotNull();
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
    }

    @Test
    void nullNameIsAnEmptyResult() {
        assertThat(CURATED.screen((String) null, null)).isEmpty();
    }

    @Test
    void aNameScreenedOnceGivesEachPartyOfThatNameExactlyTheMatchesOfItsOwnScreen() {
        // the name part is kept by callers that screen many parties; country and address are weighed per party
        String[] names = {
            "Huawei Technologies Co., Ltd.",
            "华为技术有限公司",
            "Hua Wei Technologies",
            "Higon Trading GmbH",
            "Siemens AG",
            "Sugon",
            "",
            "   ",
            "Beijing Keyi Hongyuan Optoelectronics",
            "Технологии Хуавей"
        };
        String[] countries = {null, "CN", "DE", "IR", " cn ", ""};
        String[] addresses = {null, "Bantian, Longgang District, Shenzhen", "1 Main Street"};
        for (String name : names) {
            Screener.NameMatches byName = CURATED.byName(name);
            for (String country : countries) {
                for (String address : addresses) {
                    assertThat(CURATED.screen(byName, country, address))
                            .as(name + " / " + country + " / " + address)
                            .isEqualTo(CURATED.screen(new ScreeningQuery(name, country, address)));
                }
            }
        }
        assertThat(CURATED.byName("Huawei Technologies Co., Ltd.").size()).isPositive();
        assertThat(CURATED.byName("Siemens AG").size()).isZero();
        Screener other = Screener.of(ListStore.curated());
        assertThatThrownBy(() -> other.screen(CURATED.byName("Sugon"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
