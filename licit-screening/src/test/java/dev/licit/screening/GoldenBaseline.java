package dev.licit.screening;

import static org.assertj.core.api.Assertions.fail;

import dev.licit.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Golden baselines: the recorded output of production code for fixed inputs, one line per case,
 * under {@code src/test/resources/golden/}. They replace the frozen copies of old code the tests
 * used to compare against: a deliberate change of readings, candidates or scores is re-recorded
 * ({@code -Dlicit.rebaseline=true} or {@code LICIT_REBASELINE=1}) and reviewed as a data diff in
 * git, instead of the production code bending to keep an old copy's quirks (docs/SCREENING.md,
 * "Golden baselines").
 *
 * <p>Each line is a {@link Case}: a key that names the input (a file and line, a list entry, or a
 * generator seed and draw) followed by a tab and the output as JSON. Lines are sorted by key, so a
 * re-recording that changes nothing leaves the file byte for byte as it was.
 */
public final class GoldenBaseline {
    /** Shown in failures, and in docs/SCREENING.md. */
    static final String HOW_TO_REBASELINE = "./mvnw -B -q -pl licit-screening -am test -Dlicit.rebaseline=true"
            + " -Dtest='*GoldenTest,ChineseRomanizationTest' -Dsurefire.failIfNoSpecifiedTests=false";

    private static final int DIFFERENCES_SHOWN = 5;

    /** One input and what production made of it. */
    public record Case(String key, String output) {
        public Case {
            if (key.contains("\t") || key.contains("\n") || output.contains("\n")) {
                throw new IllegalArgumentException(
                        "a case key holds no tab or line break, an output no line break: " + key);
            }
        }

        /** The output as one line of JSON (Jackson writes records by component, doubles exactly). */
        public static Case of(String key, Object output) {
            return new Case(key, Json.compact(output));
        }

        String line() {
            return key + "\t" + output;
        }
    }

    private GoldenBaseline() {}

    /** Whether the golden tests record production output instead of comparing it. */
    public static boolean rebaselining() {
        return Boolean.parseBoolean(System.getProperty("licit.rebaseline", "false"))
                || "1".equals(System.getenv("LICIT_REBASELINE"));
    }

    /**
     * Compares the cases with the baseline file {@code name} (or records them there when
     * rebaselining) and fails with the first differing cases and the counts.
     */
    public static void check(String name, List<Case> cases) {
        Map<String, String> actual = new TreeMap<>();
        for (Case c : cases) {
            if (actual.put(c.key(), c.output()) != null) {
                throw new IllegalArgumentException("two cases named " + c.key() + " in " + name);
            }
        }
        Path file = file(name);
        if (rebaselining()) {
            write(file, actual);
            return;
        }
        if (!Files.exists(file)) {
            fail("no baseline %s; record it with %s", file, HOW_TO_REBASELINE);
        }
        Map<String, String> expected = read(file);
        if (!expected.equals(actual)) {
            fail(difference(name, expected, actual));
        }
    }

    /** The baseline in the source tree (not the copy on the class path, which may be stale). */
    static Path file(String name) {
        return Path.of(System.getProperty("basedir", "."))
                .resolve("src/test/resources/golden")
                .resolve(name);
    }

    private static void write(Path file, Map<String, String> cases) {
        StringBuilder sb = new StringBuilder();
        cases.forEach((k, v) -> sb.append(new Case(k, v).line()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> out = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(file + ": a line without a tab: " + line);
                }
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The counts, then the first few cases that differ, missing or extra, each with both lines. */
    static String difference(String name, Map<String, String> expected, Map<String, String> actual) {
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        Map<String, String> all = new TreeMap<>(expected);
        all.putAll(actual);
        for (String key : all.keySet()) {
            if (!actual.containsKey(key)) {
                missing.add(key);
            } else if (!expected.containsKey(key)) {
                extra.add(key);
            } else if (!expected.get(key).equals(actual.get(key))) {
                changed.add(key);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                "golden baseline %s differs: %d of %d cases changed, %d missing, %d new%n",
                name, changed.size(), expected.size(), missing.size(), extra.size()));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("changed", changed);
        groups.put("missing (in the baseline, not produced)", missing);
        groups.put("new (produced, not in the baseline)", extra);
        groups.forEach((what, keys) -> {
            for (String key : keys.subList(0, Math.min(DIFFERENCES_SHOWN, keys.size()))) {
                sb.append(what).append(": ").append(key).append('\n');
                if (expected.containsKey(key)) {
                    sb.append("  - ").append(expected.get(key)).append('\n');
                }
                if (actual.containsKey(key)) {
                    sb.append("  + ").append(actual.get(key)).append('\n');
                }
            }
        });
        sb.append("If the change is deliberate, re-record with ")
                .append(HOW_TO_REBASELINE)
                .append(" and review the diff of ")
                .append(file(name))
                .append(" before committing.");
        return sb.toString();
    }
}
