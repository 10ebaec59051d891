package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The launcher makes its startup caches from these runs and starts without a cache when one fails,
 * saying so only on standard error: so a command of the training that stops working must fail here.
 */
class StartupTrainingTest {
    @Test
    void everyCommandOfBothProfilesRunsCleanlyAndLeavesTheHomeAsItWas() throws Exception {
        String before = System.getProperty("licit.home");
        assertThat(StartupTraining.train("rules")).isZero();
        assertThat(StartupTraining.train("store")).isZero();
        assertThat(System.getProperty("licit.home")).isEqualTo(before);
    }

    @Test
    void anUnknownProfileIsRefused() {
        assertThatThrownBy(() -> StartupTraining.train("everything")).isInstanceOf(IllegalArgumentException.class);
    }
}
