package dev.licit.batch.replay;

import dev.licit.core.io.InputException;
import dev.licit.core.io.Resources;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.Rulebook;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a rulebook comes from, in a form that can travel to another JVM: the shipped rulebook (on every
 * class path), or the text of every rule file of a directory. {@code Rulebook} itself is not serializable
 * and compiles its CEL programs lazily, so a Spark executor receives this and calls {@link #load()}, which
 * builds the rulebook once per JVM and then reuses it (the decision engine is thread-safe).
 *
 * <p>Capturing the files' text rather than the path means an executor on another machine needs no shared
 * file system, and the rulebook cannot change under a running job.
 *
 * @param label how reports name it: "shipped rules" or the directory as given
 * @param files relative path → YAML text; null for the shipped rulebook
 */
public record RulebookSource(String label, Map<String, String> files) implements Serializable {
    private static final Map<RulebookSource, Rulebook> LOADED = new ConcurrentHashMap<>();

    public RulebookSource {
        files = files == null ? null : Map.copyOf(files);
    }

    public static RulebookSource shipped() {
        return new RulebookSource("shipped rules", null);
    }

    /**
     * Reads every rule file of a directory, after checking that it loads (problems name the user's files).
     *
     * @throws dev.licit.core.rulebook.RulebookException when the directory holds a broken rulebook
     */
    public static RulebookSource capture(Path dir) {
        Rulebook checked = RulebookLoader.load(dir, List.of());
        Map<String, String> files = new TreeMap<>();
        for (Path f : Resources.yamlFiles(dir)) {
            try {
                files.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InputException(f + ": cannot read: " + e.getMessage(), e);
            }
        }
        RulebookSource source = new RulebookSource("rules in " + dir, files);
        LOADED.putIfAbsent(source, checked);
        return source;
    }

    /** The rulebook, built once per JVM. */
    public Rulebook load() {
        return LOADED.computeIfAbsent(this, RulebookSource::build);
    }

    private static Rulebook build(RulebookSource s) {
        if (s.files == null) {
            return RulebookLoader.loadDefault();
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("licit-rules-");
            for (Map.Entry<String, String> e : s.files.entrySet()) {
                Path f = dir.resolve(e.getKey()).normalize();
                if (!f.startsWith(dir)) {
                    throw new IllegalArgumentException("rule file name escapes its directory: " + e.getKey());
                }
                Files.createDirectories(f.getParent());
                Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            }
            return RulebookLoader.load(dir, List.of()); // reads every file now; the copies can go
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the rule files of " + s.label, e);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temporary copy of rule files
        }
    }
}
