package dev.licit.screening.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.screening.Band;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.ScreeningMatch;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The EU FSF XML and the UK Sanctions List XML and CSV importers against the fixtures in
 * src/test/resources/lists (real records and records written in the published structure; see the
 * README there).
 */
class EuUkImportersTest {
    static Path fixture(String name) {
        try {
            return Path.of(EuUkImportersTest.class.getResource("/lists/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, ListEntry> read(String name) throws ImportException {
        return ListImporter.importPaths(List.of(fixture(name))).entries().stream()
                .collect(Collectors.toMap(
                        ListEntry::entryId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void euFsfXmlRealRecordsKeepTheirNamesProgrammeAndLegalReference() throws Exception {
        Map<String, ListEntry> eu = read("eu-fsf-sample.xml");
        assertThat(eu).hasSize(4);
        assertThat(eu.values()).allMatch(e -> e.list().equals("EU"));

        ListEntry mugabe = eu.get("EU.36.64");
        assertThat(mugabe.type()).isEqualTo("Individual");
        assertThat(mugabe.names()).containsExactly("Robert Gabriel Mugabe");
        assertThat(mugabe.programs()).isEqualTo("ZWE");
        assertThat(mugabe.federalRegisterNotice()).isEqualTo("2018/223 (OJ L43)");
        assertThat(mugabe.startDate()).isEqualTo("2018-02-16");
        // the birth and passport countries are "00 UNKNOWN": no country is invented
        assertThat(mugabe.countries()).isEmpty();
        assertThat(mugabe.sourceUrl()).startsWith("http://eur-lex.europa.eu/").contains("32018R0223&from=EN");

        ListEntry ibda = eu.get("EU.3523.13");
        assertThat(ibda.type()).isEqualTo("Entity");
        assertThat(ibda.name()).isEqualTo("İslami Büyük Doğu Akıncılar Cephesi");
        assertThat(ibda.names())
                .contains(
                        "Great Islamic Eastern Warriors Front",
                        "Фронт на великите ислямски източни воини",
                        "Μέγα Ισλαµικό Μέτωπο των Πολεµιστών της Ανατολής",
                        "IBDA-C")
                .hasSize(6);
        assertThat(ibda.programs()).isEqualTo("TERR");
    }

    @Test
    void euFsfXmlAddressesCitizenshipDatesAndNamesFromParts() throws Exception {
        Map<String, ListEntry> eu = read("eu-fsf-sample.xml");
        ListEntry sber = eu.get("EU.9001.01");
        assertThat(sber.names())
                .containsExactly(
                        "Public Joint Stock Company Sberbank of Russia",
                        "Sberbank",
                        "Публичное акционерное общество «Сбербанк России»");
        assertThat(sber.addresses()).containsExactly("19 Vavilova Street, 117312, Moscow, RUSSIAN FEDERATION");
        assertThat(sber.countries()).containsExactly("RU");
        assertThat(sber.startDate()).as("designationDate attribute").isEqualTo("2022-06-03");
        assertThat(sber.remarks()).contains("Illustrative");

        ListEntry chemezov = eu.get("EU.9001.02");
        assertThat(chemezov.type()).isEqualTo("Individual");
        // a nameAlias with an empty wholeName is built from firstName middleName lastName
        assertThat(chemezov.names())
                .containsExactly(
                        "Sergei Viktorovich Chemezov", "Sergey Viktorovich Chemezov", "Сергей Викторович Чемезов");
        assertThat(chemezov.countries()).containsExactly("RU");
        assertThat(chemezov.programs()).isEqualTo("UKR");
        assertThat(chemezov.federalRegisterNotice()).isEqualTo("811/2014 (OJ L221); 2022/332 (OJ L53)");
        assertThat(chemezov.startDate())
                .as("no designationDate: the earliest regulation")
                .isEqualTo("2014-07-30");
    }

    @Test
    void ukXmlIsRead() throws Exception {
        Map<String, ListEntry> uk = read("uk-sanctions-sample.xml");
        assertThat(uk.keySet()).containsExactly("AFG0001", "RUS9001", "RUS9002");
        assertThat(uk.values()).allMatch(e -> e.list().equals("UK"));

        ListEntry afg = uk.get("AFG0001");
        assertThat(afg.type()).isEqualTo("Entity");
        assertThat(afg.names())
                .containsExactly(
                        "HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE",
                        "Haji Alim Hawala",
                        "Haji Hakim Hawala",
                        "حاجی خيرالله و حاجی ستار صرافی");
        assertThat(afg.addresses())
                .containsExactly(
                        "Ansari Market, 2nd Floor, Nimroz Province, Afghanistan",
                        "Chaman Central Bazaar, Chaman, Baluchistan Province, Pakistan");
        assertThat(afg.countries()).containsExactly("AF", "PK");
        assertThat(afg.programs()).isEqualTo("Afghanistan");
        assertThat(afg.federalRegisterNotice())
                .isEqualTo("The Afghanistan (Sanctions) (EU Exit) Regulations 2020; UN reference TAe.010");
        assertThat(afg.startDate()).isEqualTo("2012-06-29");
        assertThat(afg.remarks()).isEqualTo("Afghan Money Service Provider License Number: 044.");

        ListEntry chemezov = uk.get("RUS9002");
        assertThat(chemezov.type()).isEqualTo("Individual");
        assertThat(chemezov.names())
                .containsExactly(
                        "Sergei Viktorovich CHEMEZOV", "Sergey Viktorovich CHEMEZOV", "Сергей Викторович ЧЕМЕЗОВ");
        assertThat(chemezov.countries()).as("nationality").containsExactly("RU");
        assertThat(chemezov.programs()).isEqualTo("Russia");
        assertThat(chemezov.remarks()).startsWith("UK statement of reasons: ");
    }

    @Test
    void ukCsvGroupsRowsByUniqueIdAndAgreesWithTheXml() throws Exception {
        Map<String, ListEntry> csv = read("uk-sanctions-sample.csv");
        assertThat(csv.keySet()).containsExactly("RUS2176", "RUS9001", "RUS9002");

        ListEntry ship = csv.get("RUS2176");
        assertThat(ship.type()).isEqualTo("Vessel");
        assertThat(ship.names()).containsExactly("KOROLEV PROSPECT");
        assertThat(ship.startDate()).isEqualTo("2024-07-31");
        assertThat(ship.remarks()).contains("Shipping sanctions").contains("UK statement of reasons: KOROLEV PROSPECT");

        Map<String, ListEntry> xml = read("uk-sanctions-sample.xml");
        for (String id : List.of("RUS9001", "RUS9002")) {
            ListEntry c = csv.get(id);
            ListEntry x = xml.get(id);
            assertThat(c.name()).as(id).isEqualTo(x.name());
            assertThat(c.names()).as(id).containsExactlyInAnyOrderElementsOf(x.names());
            assertThat(c.addresses()).as(id).isEqualTo(x.addresses());
            assertThat(c.countries()).as(id).isEqualTo(x.countries());
            assertThat(c.type()).as(id).isEqualTo(x.type());
            assertThat(c.programs()).as(id).isEqualTo(x.programs());
            assertThat(c.federalRegisterNotice()).as(id).isEqualTo(x.federalRegisterNotice());
            assertThat(c.startDate()).as(id).isEqualTo(x.startDate());
        }
        assertThat(csv.get("RUS9001").names()).contains("SBERBANK", "ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО СБЕРБАНК РОССИИ");
    }

    @Test
    void formatsAreDetectedByContentNotName() throws Exception {
        Map<String, ListFormat> expected = Map.of(
                "eu-fsf-sample.xml", ListFormat.EU_FSF_XML,
                "uk-sanctions-sample.xml", ListFormat.UK_XML,
                "uk-sanctions-sample.csv", ListFormat.UK_CSV);
        for (var e : expected.entrySet()) {
            SourceFile renamed = SourceFile.of(
                    "upload.bin", SourceFile.read(fixture(e.getKey())).raw());
            assertThat(ListFormat.detect(renamed)).as(e.getKey()).isEqualTo(e.getValue());
        }
        // a CSV whose Report Date line was removed is still the UK list
        String csv = SourceFile.read(fixture("uk-sanctions-sample.csv")).text();
        String headerFirst = csv.substring(csv.indexOf('\n') + 1);
        assertThat(ListFormat.detect(SourceFile.of("x", headerFirst.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isEqualTo(ListFormat.UK_CSV);
        assertThat(ListImporter.importFiles(List.of(
                                SourceFile.of("x", headerFirst.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                        .entries())
                .hasSize(3);
    }

    @Test
    void snapshotSourcesNameTheNewFormats() throws Exception {
        var r = ListImporter.importPaths(List.of(
                fixture("eu-fsf-sample.xml"), fixture("uk-sanctions-sample.xml"), fixture("uk-sanctions-sample.csv")));
        assertThat(r.sources())
                .extracting(s -> s.format() + ":" + s.entries())
                .containsExactly("EU_FSF_XML:4", "UK_XML:3", "UK_CSV:3");
    }

    @Test
    void aScreenOfListedNamesFindsTheEuAndUkEntries() throws Exception {
        List<ListEntry> entries = ListImporter.importPaths(
                        List.of(fixture("eu-fsf-sample.xml"), fixture("uk-sanctions-sample.xml")))
                .entries();
        Screener screener = Screener.of(new ListSnapshot(ListStore.curated().info(), entries));

        List<ScreeningMatch> sber = screener.screen("Sberbank of Russia PJSC", "RU");
        assertThat(sber).extracting(ScreeningMatch::list).contains("EU", "UK");
        ScreeningMatch eu =
                sber.stream().filter(m -> m.list().equals("EU")).findFirst().orElseThrow();
        assertThat(eu.band()).isEqualTo(Band.MATCH);
        assertThat(eu.explanation().consequence())
                .contains("not a US list")
                .contains("Legal basis: 2022/878 (OJ L153)")
                .doesNotContain("Federal Register");

        // the Cyrillic form as written in the list
        assertThat(screener.screen("Сергей Викторович Чемезов", null))
                .filteredOn(m -> m.band() == Band.MATCH)
                .extracting(ScreeningMatch::entryId)
                .contains("EU.9001.02", "RUS9002");
        assertThat(screener.screen("Haji Khairullah Haji Sattar Money Exchange", "AF"))
                .filteredOn(m -> m.band() == Band.MATCH)
                .extracting(ScreeningMatch::entryId)
                .containsExactly("AFG0001");
    }
}
