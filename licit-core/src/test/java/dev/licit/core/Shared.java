package dev.licit.core;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared reference material beside the repository (../shared); surefire passes its absolute path. */
public final class Shared {
    private Shared() {}

    public static Path dir() {
        Path p = Path.of(System.getProperty("licit.shared", "../../shared"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("../shared is missing: expected the shared reference material at " + p);
        }
        return p;
    }

    public static Path resolve(String relative) {
        return dir().resolve(relative);
    }
}
