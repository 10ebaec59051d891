package dev.licit.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A remembered name gives the matches a screen of its own gives, in every country; the memory is bounded. */
class NameMemoryTest {
    private static final Screener CURATED = ScreenerTest.CURATED;

    @Test
    void aNameMetAgainGetsExactlyTheMatchesOfItsOwnScreen() {
        NameMemory memory = new NameMemory(CURATED);
        String[] names = {"Huawei Technologies Co., Ltd.", "华为技术有限公司", "Higon Trading GmbH", "Siemens AG", ""};
        String[] countries = {null, "CN", "DE", "IR"};
        for (int round = 0; round < 2; round++) {
            for (String name : names) {
                for (String country : countries) {
                    assertThat(memory.screen(name, country))
                            .as(name + " / " + country)
                            .isEqualTo(CURATED.screen(name, country));
                }
            }
        }
        assertThat(memory.size()).isEqualTo(names.length);
        assertThat(memory.screen(null, "CN")).isEqualTo(CURATED.screen(null, "CN"));
    }

    @Test
    void theMemoryStartsAgainPastItsLimit() {
        NameMemory memory = new NameMemory(Screener.of(ListStore.curated()));
        for (int i = 0; i < NameMemory.LIMIT + 5; i++) {
            memory.screen("Party " + i, null);
        }
        assertThat(memory.size()).isBetween(1, NameMemory.LIMIT);
        assertThat(memory.screen("Huawei Technologies Co., Ltd.", "CN")).isNotEmpty();
    }
}
