package dev.licit.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Test data shared by the batch tests (licit-spark's tests use it too, through the test jar of this module). */
public final class Fixtures {
    /** Catalog chips whose TPP lies from 4000 to below 4800: the only ones lowering the 3A090 threshold to 4000 can move. */
    public static final Set<String> CHIPS_BETWEEN_4000_AND_4800 =
            Set.of("google-tpu-v4", "nvidia-geforce-rtx-4090-d", "nvidia-geforce-rtx-5090-d");

    private Fixtures() {}

    /** The repository's rules directory (tests run in the module's directory). */
    public static Path shippedRulesDir() {
        Path dir = Path.of("").toAbsolutePath().getParent().resolve("rules");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no rules directory at " + dir);
        }
        return dir;
    }

    /**
     * A proposed rulebook: the shipped one with the 3A090 TPP threshold of the October 2023 text (a.1, Note 2,
     * b.1) lowered from 4800 to 4000, the worked example of docs/REPLAY.md.
     */
    public static Path proposedRulebook(Path into) throws IOException {
        Path src = shippedRulesDir();
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path target = into.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path file = into.resolve("classification/3a090-2023.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains("tpp >= 4800")) {
            throw new IllegalStateException("the shipped 3A090 entry no longer says tpp >= 4800; update this fixture");
        }
        Files.writeString(file, text.replace("4800", "4000"), StandardCharsets.UTF_8);
        return into;
    }

    /** The planted ground truth: party id → entry id. */
    public static Map<String, String> planted(Path plantedCsv) throws IOException {
        Map<String, String> m = new HashMap<>();
        List<String> lines = Files.readAllLines(plantedCsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csv(line); // id,name,country,list,entryId,listedName,variation
            m.put(f.get(0), f.get(4));
        }
        return m;
    }

    /** A minimal CSV split for one line (quotes with doubled quotes). */
    public static List<String> csv(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    /** party id → the entry ids of its hits, from a hits file. */
    public static Map<String, Set<String>> hitsById(Path hitsCsv) throws IOException {
        Map<String, Set<String>> m = new HashMap<>();
        List<String> lines = Files.readAllLines(hitsCsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csv(line);
            m.computeIfAbsent(f.get(0), k -> new java.util.HashSet<>()).add(f.get(3));
        }
        return m;
    }

    /**
     * A list snapshot of the listed entities a generated graph comes with ({@code name,list,possible}): a
     * listed one as an entry of its list under its own name, a possible one under its name with the id
     * token changed (so that screening the owner finds it at POSSIBLE, not MATCH: a reviewer's doubt).
     */
    public static dev.licit.screening.list.ListSnapshot listedSnapshot(Path listedCsv) throws IOException {
        List<dev.licit.screening.list.ListEntry> entries = new java.util.ArrayList<>();
        List<String> lines = Files.readAllLines(listedCsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csv(line); // name,list,possible
            String name = Boolean.parseBoolean(f.get(2)) ? nearly(f.get(0)) : f.get(0);
            entries.add(new dev.licit.screening.list.ListEntry(
                    f.get(1),
                    "gen-" + entries.size(),
                    "Entity",
                    List.of(name),
                    List.of(),
                    List.of(),
                    "",
                    "90 FR 00000",
                    "",
                    "",
                    "",
                    "",
                    "",
                    List.of()));
        }
        var info = new dev.licit.screening.list.SnapshotInfo(
                // the id names the entries: Spark's executors keep one screener per snapshot id
                "generated-" + entries.size() + "-" + Integer.toHexString(entries.hashCode()),
                "",
                List.of(),
                java.time.Instant.EPOCH,
                Map.of(),
                false);
        return new dev.licit.screening.list.ListSnapshot(info, entries);
    }

    /** The name with its third word (the generator's id token) spelled otherwise. */
    private static String nearly(String name) {
        String[] w = name.split(" ");
        if (w.length > 2) {
            w[2] = w[2] + "QX";
        }
        return String.join(" ", w);
    }

    /**
     * A party file (id,name,country) of the entities a graph holds (every {@code every}-th owned name, in
     * the graph's order, each once), and a few names the graph does not know.
     */
    public static Path ownedParties(Path graphCsv, Path parties, int every) throws IOException {
        java.util.LinkedHashSet<String> owned = new java.util.LinkedHashSet<>();
        List<String> lines = Files.readAllLines(graphCsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            owned.add(csv(line).get(1)); // owner,owned,...
        }
        StringBuilder b = new StringBuilder("id,name,country\n");
        int i = 0;
        int n = 0;
        for (String name : owned) {
            if (i++ % every == 0) {
                b.append("o").append(n++).append(",\"").append(name).append("\",MY\n");
            }
        }
        b.append("u1,Nobody Owns This Trading Ltd,DE\nu2,Another Unknown Party GmbH,DE\n");
        Files.writeString(parties, b.toString(), StandardCharsets.UTF_8);
        return parties;
    }
}
