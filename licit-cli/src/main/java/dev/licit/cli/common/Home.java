package dev.licit.cli.common;

import java.nio.file.Path;

/** The data home: {@code LICIT_HOME}, default {@code ./licit-data} (contract.md). */
public final class Home {
    private Home() {}

    public static Path resolve() {
        String env = System.getenv("LICIT_HOME");
        String prop = System.getProperty("licit.home");
        String dir = prop != null && !prop.isBlank() ? prop : env != null && !env.isBlank() ? env : "licit-data";
        return Path.of(dir).toAbsolutePath().normalize();
    }
}
