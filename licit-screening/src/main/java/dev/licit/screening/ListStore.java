package dev.licit.screening;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.licit.core.json.Json;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.ListImporter;
import dev.licit.screening.imports.SourceFile;
import dev.licit.screening.list.ListEntries;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.ListSnapshot;
import dev.licit.screening.list.SnapshotInfo;
import dev.licit.screening.list.SnapshotInfoFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Imported list snapshots under {@code LICIT_HOME/lists/}.
 *
 * <pre>
 * lists/
 *   current                   the id of the snapshot in force (one line)
 *   snap-1a2b3c4d5e6f/        one directory per snapshot, never modified once written
 *     metadata.json           {@link SnapshotInfo}
 *     entries.json            the imported entries
 *     curated.csv             the curated list as it was at import time (when included)
 *     sources/FILE            the files exactly as imported
 * </pre>
 *
 * <p>A snapshot is written to a temporary directory and renamed into place; {@code current} is
 * written to a temporary file and moved over the old one with {@code ATOMIC_MOVE}, so a reader
 * sees the old snapshot or the new one, never a mixture. With nothing imported, {@link #current()}
 * is the curated advanced-computing list shipped with Licit. An import adds to the curated list
 * unless asked not to.
 *
 * <p>Instances are cheap; concurrent imports into one home are not coordinated beyond the atomic
 * switch (the last one wins).
 */
public final class ListStore {
    /** Classpath location of the curated list (packaged from {@code data/lists/} by licit-core). */
    public static final String CURATED_RESOURCE = "/licit/data/lists/advanced-computing.csv";

    public static final String CURATED_NAME = "advanced-computing.csv";

    /** The day the curated list was compiled, beside it ({@code compiled=YYYY-MM-DD}); its rows are as of then. */
    public static final String CURATED_COMPILED_RESOURCE = "/licit/data/lists/advanced-computing.properties";

    private final Path dir;
    private final Clock clock;

    public ListStore(Path home) {
        this(home, Clock.systemUTC());
    }

    public ListStore(Path home, Clock clock) {
        this.dir = home.resolve("lists");
        this.clock = clock;
    }

    public Path directory() {
        return dir;
    }

    /** The curated advanced-computing list on its own. */
    public static ListSnapshot curated() {
        byte[] bytes = curatedBytes();
        try {
            ListImporter.Result r = ListImporter.importFiles(List.of(SourceFile.of(CURATED_NAME, bytes)));
            String sha = ListImporter.sha256(bytes);
            Instant compiled = curatedCompiled();
            List<SnapshotInfo.Source> sources = r.sources().stream()
                    .map(src -> src.withPublishedAt(compiled))
                    .toList();
            return new ListSnapshot(
                    new SnapshotInfo(idOf(sha), sha, sources, Instant.EPOCH, counts(r.entries()), true), r.entries());
        } catch (ImportException e) {
            throw new IllegalStateException("the curated list shipped with Licit is malformed: " + e.getMessage(), e);
        }
    }

    /** The start of the day the curated list was compiled (UTC). */
    public static Instant curatedCompiled() {
        try (InputStream in = ListStore.class.getResourceAsStream(CURATED_COMPILED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CURATED_COMPILED_RESOURCE + " is not on the classpath");
            }
            java.util.Properties p = new java.util.Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            String day = p.getProperty("compiled", "").strip();
            try {
                return java.time.LocalDate.parse(day)
                        .atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalStateException(
                        CURATED_COMPILED_RESOURCE + ": 'compiled' must be a date YYYY-MM-DD, not '" + day + "'", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] curatedBytes() {
        try (InputStream in = ListStore.class.getResourceAsStream(CURATED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("curated list " + CURATED_RESOURCE + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the snapshot in force, empty when nothing was imported. */
    public Optional<String> currentId() throws IOException {
        Path current = dir.resolve("current");
        if (!Files.exists(current)) {
            return Optional.empty();
        }
        String id = Files.readString(current, StandardCharsets.UTF_8).strip();
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    /** The snapshot in force: the last import, or the curated list when nothing was imported. */
    public ListSnapshot current() throws IOException {
        Optional<String> id = currentId();
        if (id.isEmpty()) {
            return curated();
        }
        return load(id.get())
                .orElseThrow(() -> new IOException(
                        "lists/current names snapshot " + id.get() + " but " + dir.resolve(id.get()) + " is missing"));
    }

    /**
     * Imports files into a new snapshot and makes it current. Nothing is written unless every file
     * reads cleanly.
     *
     * @param includeCurated keep the curated advanced-computing list in the snapshot
     */
    public SnapshotInfo importFiles(List<Path> files, boolean includeCurated) throws ImportException, IOException {
        return importFiles(files, includeCurated, incoming -> {});
    }

    /** Looks at a new snapshot before anything is written; throws to refuse it (an import that shrinks the lists, say). */
    @FunctionalInterface
    public interface ImportCheck {
        void check(SnapshotInfo incoming) throws ImportException;
    }

    /** {@link #importFiles(List, boolean)}, refused by {@code check} before anything is written. */
    public SnapshotInfo importFiles(List<Path> files, boolean includeCurated, ImportCheck check)
            throws ImportException, IOException {
        return importFiles(files, includeCurated, check, Map.of());
    }

    /**
     * {@link #importFiles(List, boolean, ImportCheck)}, each file named in {@code publishedAt} recorded with
     * the publisher's date for it (a fetch knows it; a hand import does not).
     */
    public SnapshotInfo importFiles(
            List<Path> files, boolean includeCurated, ImportCheck check, Map<String, Instant> publishedAt)
            throws ImportException, IOException {
        List<SourceFile> sources = new ArrayList<>();
        for (Path p : files) {
            sources.add(SourceFile.read(p));
        }
        ListImporter.Result r = ListImporter.importFiles(sources);
        List<ListEntry> all = new ArrayList<>();
        List<SnapshotInfo.Source> described = new ArrayList<>();
        for (SnapshotInfo.Source s : r.sources()) {
            described.add(s.withPublishedAt(publishedAt.get(s.file())));
        }
        List<String> hashes = new ArrayList<>();
        for (SnapshotInfo.Source s : r.sources()) {
            hashes.add(s.sha256());
        }
        byte[] curatedBytes = null;
        if (includeCurated) {
            ListSnapshot curated = curated();
            curatedBytes = curatedBytes();
            all.addAll(curated.entries());
            described.addAll(curated.info().sources());
            hashes.add(curated.info().sha256());
        }
        all.addAll(r.entries());
        all = ListEntries.mergeAcrossSources(all);
        hashes.sort(Comparator.naturalOrder());
        String sha = ListImporter.sha256(String.join("\n", hashes) + (includeCurated ? "\n+curated" : ""));
        String id = idOf(sha);
        SnapshotInfo info = new SnapshotInfo(
                id, sha, described, clock.instant().truncatedTo(ChronoUnit.SECONDS), counts(all), includeCurated);
        check.check(info);

        Files.createDirectories(dir);
        Path target = dir.resolve(id);
        if (!Files.isDirectory(target)) {
            Path tmp = Files.createTempDirectory(dir, ".tmp-" + id + "-");
            try {
                Json.PRETTY.writeValue(tmp.resolve("metadata.json").toFile(), info);
                Json.PRETTY.writeValue(tmp.resolve("entries.json").toFile(), r.entries());
                if (curatedBytes != null) {
                    Files.write(tmp.resolve("curated.csv"), curatedBytes);
                }
                Path src = Files.createDirectory(tmp.resolve("sources"));
                for (SourceFile s : sources) {
                    Files.write(src.resolve(s.name()), s.raw());
                }
                move(tmp, target);
            } catch (FileAlreadyExistsException raced) {
                deleteTree(tmp); // the same content was imported concurrently: keep the first copy
            } catch (IOException | RuntimeException e) {
                deleteTree(tmp);
                throw e;
            }
        } else {
            info = readInfo(target);
        }
        switchCurrent(id);
        return info;
    }

    /** Makes an existing snapshot current. */
    public void switchCurrent(String id) throws IOException {
        if (!Files.isDirectory(dir.resolve(id))) {
            throw new IOException("no snapshot " + id + " in " + dir);
        }
        Path tmp = Files.createTempFile(dir, ".current-", ".tmp");
        Files.writeString(tmp, id + "\n", StandardCharsets.UTF_8);
        move(tmp, dir.resolve("current"));
    }

    /** Every stored snapshot, newest first. */
    public List<SnapshotInfo> list() throws IOException {
        List<SnapshotInfo> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "snap-*")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p.resolve("metadata.json"))) {
                    out.add(readInfo(p));
                }
            }
        }
        out.sort(Comparator.comparing(SnapshotInfo::importedAt).reversed().thenComparing(SnapshotInfo::id));
        return out;
    }

    /** The id of the snapshot in force: the last import's, or the curated list's when nothing was imported. */
    public String currentOrCuratedId() throws IOException {
        Optional<String> id = currentId();
        return id.isPresent() ? id.get() : curated().id();
    }

    /** What a stored snapshot (or the curated list) is made of, without reading its entries. */
    public Optional<SnapshotInfo> info(String id) throws IOException {
        if (!id.matches("snap-[0-9a-f]{12}")) {
            return Optional.empty();
        }
        Path p = dir.resolve(id);
        if (Files.isDirectory(p)) {
            return Optional.of(readInfo(p));
        }
        ListSnapshot curated = curated();
        return curated.id().equals(id) ? Optional.of(curated.info()) : Optional.empty();
    }

    /** A stored snapshot, or the curated list when {@code id} is the curated list's id. */
    public Optional<ListSnapshot> load(String id) throws IOException {
        Path p = dir.resolve(id);
        if (!id.matches("snap-[0-9a-f]{12}")) {
            return Optional.empty();
        }
        if (!Files.isDirectory(p)) {
            ListSnapshot curated = curated();
            return curated.id().equals(id) ? Optional.of(curated) : Optional.empty();
        }
        SnapshotInfo info = readInfo(p);
        List<ListEntry> entries = new ArrayList<>();
        if (info.includesCurated()) {
            try {
                byte[] bytes = Files.readAllBytes(p.resolve("curated.csv"));
                entries.addAll(ListImporter.importFiles(List.of(SourceFile.of(CURATED_NAME, bytes)))
                        .entries());
            } catch (ImportException e) {
                throw new IOException("snapshot " + id + ": stored curated list is damaged: " + e.getMessage(), e);
            }
        }
        entries.addAll(
                Json.PRETTY.readValue(p.resolve("entries.json").toFile(), new TypeReference<List<ListEntry>>() {}));
        return Optional.of(new ListSnapshot(info, ListEntries.mergeAcrossSources(entries)));
    }

    private static SnapshotInfo readInfo(Path snapshotDir) throws IOException {
        return SnapshotInfoFile.read(snapshotDir.resolve("metadata.json"));
    }

    static String idOf(String sha256) {
        return "snap-" + sha256.substring(0, 12);
    }

    static Map<String, Integer> counts(List<ListEntry> entries) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ListEntry e : entries) {
            counts.merge(e.list(), 1, Integer::sum);
        }
        return counts;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system under " + to.getParent() + " cannot rename atomically", e);
        }
    }

    private static void deleteTree(Path p) {
        try (var walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a stray .tmp directory is never read
        }
    }
}
