package dev.licit.cli.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class whose every test runs the CLI in a throw-away LICIT_HOME: {@link #home}, a fresh temporary
 * directory, is the system property {@code licit.home} during the test and no longer after it. A subclass's
 * own {@code @BeforeEach} methods run after the home is set, its {@code @AfterEach} methods before it is
 * cleared.
 */
public abstract class TempHome {
    @TempDir
    protected Path home;

    @BeforeEach
    final void useTempHome() {
        System.setProperty("licit.home", home.toString());
    }

    @AfterEach
    final void clearTempHome() {
        System.clearProperty("licit.home");
    }
}
