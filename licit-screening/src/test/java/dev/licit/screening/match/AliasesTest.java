package dev.licit.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The searchable forms of a published name: what is derived from brackets, and what is not. */
class AliasesTest {
    private static List<String> texts(String published) {
        return Aliases.derive(published).stream().map(Aliases.Alias::text).toList();
    }

    @Test
    void aShortNameInBracketsIsAnAlias() {
        assertThat(texts("Huawei Technologies Co., Ltd. (Huawei)"))
                .contains("Huawei Technologies Co., Ltd. (Huawei)", "Huawei", "Huawei Technologies Co., Ltd.");
    }

    @Test
    void offshoreInBracketsIsPartOfTheFormNotAShortName() {
        // eight CSL entries are written "X SAL (OFF-SHORE)": "OFF SHORE" alone is no name of theirs
        assertThat(texts("INTER ALIMENT SAL (OFF-SHORE)")).doesNotContain("OFF-SHORE");
        assertThat(texts("STARS COMMUNICATION S.A.L. (Offshore)")).doesNotContain("Offshore");
        assertThat(texts("STARS COMMUNICATION SAL (OFF SHORE)")).containsExactly("STARS COMMUNICATION SAL (OFF SHORE)");
    }
}
