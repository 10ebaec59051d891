package dev.licit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A party field that lists several names is screened name by name too; a single name is left whole. */
class PartyNamesTest {

    @Test
    void semicolonsAndAliasWordsSeparateNames() {
        assertThat(PartyNames.split("Azim Adhajani; Azim Agha-Jani"))
                .containsExactly("Azim Adhajani", "Azim Agha-Jani");
        assertThat(PartyNames.split("Nova Trading a.k.a. Star Systems"))
                .containsExactly("Nova Trading", "Star Systems");
        assertThat(PartyNames.split("Nova Trading AKA Star Systems")).containsExactly("Nova Trading", "Star Systems");
        assertThat(PartyNames.split("Nova Trading, f/k/a Star Systems"))
                .containsExactly("Nova Trading", "Star Systems");
        assertThat(PartyNames.split("Nova Trading (formerly Star Systems)"))
                .containsExactly("Nova Trading", "Star Systems");
        assertThat(PartyNames.split("Nova Trading also known as Star Systems alias Orbit"))
                .containsExactly("Nova Trading", "Star Systems", "Orbit");
        // a bracket opened before a separator and closed after it introduces the other names
        assertThat(PartyNames.split("Hayat Tahrir al-Sham (HTS) (Jabhat al-Nusrah; Al-Nusra Front)"))
                .containsExactly("Hayat Tahrir al-Sham (HTS)", "Jabhat al-Nusrah", "Al-Nusra Front");
    }

    @Test
    void aFieldOfManyNamesCostsAFewScreensOnly() {
        String field = "Huawei Technologies; ".repeat(2000);
        assertThat(PartyNames.split(field)).hasSize(PartyNames.MAX_PARTS);
        assertThat(ScreenerTest.CURATED.screen(field, null)).isNotEmpty();
        assertThat(ScreenerTest.CURATED.screen(";".repeat(5000), null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Akamai Technologies",
                "Aliasgar Trading LLC",
                "Formerlyn Ltd",
                "Kakao Corp",
                "AKA Ausfuhrkredit-Gesellschaft mbH", // the alias word with no name before it
                "Nova Trading;",
                "Sinobright Import and Export Company; and any successor, sub-unit, or subsidiary thereof",
                "Huawei Technologies Co., Ltd."
            })
    void aSingleNameIsNotSplit(String name) {
        assertThat(PartyNames.split(name)).as(name).isEmpty();
    }

    @Test
    void eachListedNameIsScreenedAndTheMatchSaysWhichPart() {
        String field = "Hangzhou Lakeside Cloud Services; Huawei Technologies Co., Ltd.";
        List<ScreeningMatch> ms = ScreenerTest.CURATED.screen(field, null);
        assertThat(ms).isNotEmpty();
        ScreeningMatch m = ms.get(0);
        assertThat(m.listedName()).containsIgnoringCase("huawei technologies");
        assertThat(m.band()).isEqualTo(Band.MATCH);
        assertThat(m.explanation().query()).isEqualTo(field);
        assertThat(m.explanation().adjustments())
                .contains(
                        "the party's name lists several names; the one that matched: \"Huawei Technologies Co., Ltd.\"");
    }

    @Test
    void unrelatedNamesListedTogetherStayUnflagged() {
        assertThat(ScreenerTest.CURATED.screen(
                        "Hangzhou Lakeside Cloud Services; Saigon Render Farm JSC a.k.a. Siemens AG", null))
                .isEmpty();
    }

    @Test
    void aWholeFieldThatMatchedStillMatches() {
        // the whole field is screened too: splitting only adds chances, it never loses one
        String whole = "Huawei Technologies Co., Ltd.";
        double alone = ScreenerTest.CURATED.screen(whole, null).get(0).score();
        double listed = ScreenerTest.CURATED
                .screen(whole + "; Huawei Technologies", null)
                .get(0)
                .score();
        assertThat(listed).isGreaterThanOrEqualTo(alone - 1e-9);
    }

    @Test
    void comparingAFieldOfAliasesKeepsTheBestName() {
        NameComparison.Result whole = NameComparison.compare(
                "Behman Asgharpour; Behman Asgharpur; Syed Husain Husaini", "BEHMAN ASGARPOUR", Thresholds.DEFAULT);
        assertThat(whole.band()).isNotEqualTo(Band.NO_MATCH);
        assertThat(whole.explanation().adjustments())
                .anyMatch(a ->
                        a.startsWith("the first name lists several names; the one that matched: \"Behman Asgharp"));
        NameComparison.Result other =
                NameComparison.compare("Syed Husain Husaini; Javad Rahigi", "BEHMAN ASGARPOUR", Thresholds.DEFAULT);
        assertThat(other.band()).isEqualTo(Band.NO_MATCH);
    }
}
