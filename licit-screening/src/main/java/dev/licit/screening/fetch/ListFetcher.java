package dev.licit.screening.fetch;

import dev.licit.screening.ListStore;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.ListImporter;
import dev.licit.screening.imports.SourceFile;
import dev.licit.screening.list.SnapshotInfo;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The entry point of list fetching: for each source, download and verify (see {@link Downloader}),
 * check the checksum, read it with the importer of its declared format, guard against a list that
 * shrank; then build one new snapshot from the current one with the verified files in place of their
 * predecessors and switch to it. A source that is refused or fails keeps its current file; when no
 * source changed, nothing is switched. Files hand-imported earlier stay, unless a fetched source
 * brings the same list format (they would give every party two hits).
 */
public final class ListFetcher {

    /**
     * @param acceptShrink take a source even when it has more than {@code maxShrink} fewer entries than
     *     its last fetch
     * @param fromDir an offline mirror: each file is taken from this directory, by the last part of its
     *     URL, with the same checks
     */
    public record Options(
            boolean acceptShrink,
            Path fromDir,
            double maxShrink,
            Duration stallTimeout,
            Duration firstBackoff,
            int attempts,
            Map<String, String> env) {
        public static Options defaults(Map<String, String> env) {
            Downloader.Settings d = Downloader.Settings.DEFAULT;
            return new Options(false, null, 0.20, d.stallTimeout(), d.firstBackoff(), d.attempts(), env);
        }

        public Options withAcceptShrink(boolean accept) {
            return new Options(accept, fromDir, maxShrink, stallTimeout, firstBackoff, attempts, env);
        }

        public Options withFromDir(Path dir) {
            return new Options(acceptShrink, dir, maxShrink, stallTimeout, firstBackoff, attempts, env);
        }

        public Options withWaits(Duration stall, Duration backoff, int tries) {
            return new Options(acceptShrink, fromDir, maxShrink, stall, backoff, tries, env);
        }

        Downloader.Settings settings() {
            Downloader.Settings d = Downloader.Settings.DEFAULT;
            return new Downloader.Settings(
                    d.connectTimeout(),
                    d.headerTimeout(),
                    stallTimeout,
                    d.totalTimeout(),
                    attempts,
                    firstBackoff,
                    d.maxRedirects());
        }
    }

    /**
     * @param before the snapshot in force before, null when there was none
     * @param after the snapshot switched to, null when nothing changed
     * @param replacedByHand hand-imported files left out because a fetched source brings their list
     */
    public record Report(
            List<FetchOutcome> outcomes, SnapshotInfo before, SnapshotInfo after, List<String> replacedByHand) {
        /** 0 when every source was updated or unchanged, 1 when one failed, else 2 when one was refused. */
        public int exitCode() {
            boolean failed = outcomes.stream().anyMatch(o -> o instanceof FetchOutcome.Failed);
            boolean refused = outcomes.stream().anyMatch(o -> o instanceof FetchOutcome.Refused);
            return failed ? 1 : refused ? 2 : 0;
        }
    }

    private record Staged(
            ListSource source,
            Map<String, byte[]> files,
            int entries,
            String sha256,
            String etag,
            String lastModified,
            Set<String> importerFormats) {}

    private ListFetcher() {}

    public static Report fetch(ListStore lists, List<ListSource> selected, Options options, Clock clock)
            throws IOException, InterruptedException {
        Path dir = lists.directory();
        Path cache = dir.resolve("fetched");
        FetchState state = FetchState.load(dir);
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        List<FetchOutcome> outcomes = new ArrayList<>();
        List<Staged> staged = new ArrayList<>();
        try (Downloader d = new Downloader(options.settings(), options.env())) {
            for (ListSource s : selected) {
                FetchState.Source prev = state.get(s.id());
                try {
                    Optional<Staged> st = stage(s, prev, cache, d, options);
                    if (st.isEmpty()) {
                        outcomes.add(new FetchOutcome.Unchanged(s.id()));
                        state.put(s.id(), checked(prev, now));
                    } else {
                        staged.add(st.get());
                        outcomes.add(new FetchOutcome.Updated(
                                s.id(), st.get().entries(), st.get().sha256()));
                    }
                } catch (FetchException e) {
                    outcomes.add(
                            e.refused()
                                    ? new FetchOutcome.Refused(s.id(), e.getMessage())
                                    : new FetchOutcome.Failed(s.id(), e.getMessage()));
                    state.put(s.id(), (prev == null ? emptyState() : prev).withError(e.getMessage(), now));
                }
            }
        }
        Optional<String> currentId = lists.currentId();
        SnapshotInfo before =
                currentId.isEmpty() ? null : lists.info(currentId.get()).orElse(null);
        List<String> replaced = new ArrayList<>();
        SnapshotInfo after = null;
        Path staging = null;
        try {
            Map<String, Path> files = new LinkedHashMap<>();
            Set<String> selectedNames = new HashSet<>();
            Set<String> fetchedFormats = new HashSet<>();
            for (Staged st : staged) {
                fetchedFormats.addAll(st.importerFormats());
            }
            for (ListSource s : selected) {
                for (int i = 0; i <= s.companions().size(); i++) {
                    selectedNames.add(s.fileName(i));
                }
            }
            Map<String, Path> currentFiles = new LinkedHashMap<>();
            // each file keeps the date its publisher gave it: a file carried over keeps the one it had
            Map<String, java.time.Instant> published = new HashMap<>();
            if (before != null) {
                Path sources = dir.resolve(before.id()).resolve("sources");
                for (SnapshotInfo.Source src : before.sources()) {
                    Path p = sources.resolve(src.file());
                    if (!Files.isRegularFile(p)) {
                        continue; // the curated list, kept by includeCurated below
                    }
                    currentFiles.put(src.file(), p);
                    // a file imported by hand has the date of its import, not of this fetch
                    published.put(src.file(), src.publishedAt() != null ? src.publishedAt() : before.importedAt());
                    if (selectedNames.contains(src.file())) {
                        continue;
                    }
                    if (fetchedFormats.contains(src.format())) {
                        replaced.add(src.file());
                        continue;
                    }
                    files.put(src.file(), p);
                }
            }
            staging = Files.createTempDirectory(Files.createDirectories(dir), ".fetch-staging-");
            for (ListSource s : selected) {
                Optional<Staged> st =
                        staged.stream().filter(x -> x.source() == s).findFirst();
                if (st.isPresent()) {
                    for (Map.Entry<String, byte[]> f : st.get().files().entrySet()) {
                        Path p = staging.resolve(f.getKey());
                        Files.write(p, f.getValue());
                        files.put(f.getKey(), p);
                        published.put(f.getKey(), publishedAt(st.get().lastModified(), clock));
                    }
                    continue;
                }
                boolean unchanged = outcomes.stream()
                        .anyMatch(o -> o.sourceId().equals(s.id()) && o instanceof FetchOutcome.Unchanged);
                for (int i = 0; i <= s.companions().size(); i++) {
                    String name = s.fileName(i);
                    if (currentFiles.containsKey(name)) {
                        files.put(name, currentFiles.get(name));
                    } else if (unchanged && Files.isRegularFile(cache.resolve(name))) {
                        files.put(name, cache.resolve(name)); // taken before, left out of the current snapshot since
                        FetchState.Source known = state.get(s.id());
                        if (known != null && FetchState.instant(known.updatedAt()) != null) {
                            published.put(name, FetchState.instant(known.updatedAt()));
                        }
                    }
                }
            }
            boolean changed = !staged.isEmpty() || !files.keySet().equals(currentFiles.keySet()) || !replaced.isEmpty();
            if (changed && !files.isEmpty()) {
                boolean curated = before == null || before.includesCurated();
                after = lists.importFiles(new ArrayList<>(files.values()), curated, incoming -> {}, published);
                Files.createDirectories(cache);
                for (Staged st : staged) {
                    for (String name : st.files().keySet()) {
                        Files.copy(staging.resolve(name), cache.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                    state.put(
                            st.source().id(),
                            new FetchState.Source(
                                    st.etag(),
                                    st.lastModified(),
                                    st.sha256(),
                                    st.entries(),
                                    st.source().fileName(0),
                                    now,
                                    now,
                                    null,
                                    null));
                }
            }
        } catch (ImportException e) {
            // each file read cleanly alone; together they did not (two OFAC sdn.csv files, say)
            List<FetchOutcome> failed = new ArrayList<>();
            for (FetchOutcome o : outcomes) {
                failed.add(
                        o instanceof FetchOutcome.Updated
                                ? new FetchOutcome.Failed(
                                        o.sourceId(), "the new snapshot could not be built: " + e.getMessage())
                                : o);
            }
            outcomes = failed;
            after = null;
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
            state.save();
        }
        return new Report(List.copyOf(outcomes), before, after, List.copyOf(replaced));
    }

    /**
     * The publisher's date of a fetched file: its Last-Modified header, or the time of the fetch when the
     * server sent none (or one in the future, which no file can have been changed at).
     */
    static java.time.Instant publishedAt(String lastModified, Clock clock) {
        java.time.Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (lastModified == null || lastModified.isBlank()) {
            return now;
        }
        try {
            java.time.Instant at = java.time.ZonedDateTime.parse(
                            lastModified.strip(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return at.isAfter(now) ? now : at;
        } catch (java.time.format.DateTimeParseException e) {
            return now;
        }
    }

    private static FetchState.Source emptyState() {
        return new FetchState.Source(null, null, null, null, null, null, null, null, null);
    }

    private static FetchState.Source checked(FetchState.Source prev, String now) {
        FetchState.Source p = prev == null ? emptyState() : prev;
        return new FetchState.Source(
                p.etag(), p.lastModified(), p.sha256(), p.entries(), p.file(), now, p.updatedAt(), null, null);
    }

    /** Downloads and verifies one source; empty when it has not changed since the last fetch. */
    private static Optional<Staged> stage(
            ListSource s, FetchState.Source prev, Path cache, Downloader d, Options options)
            throws FetchException, InterruptedException {
        boolean cached = prev != null && Files.isRegularFile(cache.resolve(s.fileName(0)));
        List<URI> uris = new ArrayList<>();
        uris.add(s.url());
        uris.addAll(s.companions());
        Map<String, byte[]> files = new LinkedHashMap<>();
        String etag = null;
        String lastModified = null;
        for (int i = 0; i < uris.size(); i++) {
            URI uri = options.fromDir() == null ? uris.get(i) : mirrored(options.fromDir(), uris.get(i));
            boolean conditional = i == 0 && cached && options.fromDir() == null;
            Downloader.Result r = d.get(
                    uri,
                    conditional ? prev.etag() : null,
                    conditional ? prev.lastModified() : null,
                    s.maxBytes(),
                    s.format());
            if (r instanceof Downloader.NotModified) {
                return Optional.empty();
            }
            Downloader.Body b = (Downloader.Body) r;
            if (i == 0) {
                etag = b.etag();
                lastModified = b.lastModified();
            }
            files.put(s.fileName(i), b.bytes());
        }
        byte[] main = files.get(s.fileName(0));
        String sha = ListImporter.sha256(main);
        String expected = s.sha256() != null ? s.sha256() : s.checksumUrl() == null ? null : published(d, s, options);
        if (expected != null && !expected.equalsIgnoreCase(sha)) {
            throw FetchException.refused(
                    "checksum " + sha + " is not the published " + expected.toLowerCase(Locale.ROOT));
        }
        if (cached && sha.equals(prev.sha256()) && s.companions().isEmpty()) {
            return Optional.empty(); // a server without validators sent the same file again
        }
        ListImporter.Result read;
        List<SourceFile> sourceFiles = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                sourceFiles.add(SourceFile.of(f.getKey(), f.getValue()));
            }
            read = ListImporter.importFiles(sourceFiles);
        } catch (ImportException e) {
            throw FetchException.refused("not a readable " + s.format().code() + " file: " + e.getMessage());
        }
        Set<String> formats = new HashSet<>();
        for (SnapshotInfo.Source src : read.sources()) {
            if (!s.format().accepts(src.format())) {
                throw FetchException.refused(src.file() + " reads as " + src.format() + ", not the declared "
                        + s.format().code());
            }
            formats.add(src.format());
        }
        int entries = read.entries().size();
        if (entries == 0) {
            throw FetchException.refused("the file holds no entries");
        }
        if (prev != null && prev.entries() != null && !options.acceptShrink()) {
            int was = prev.entries();
            if (entries < was * (1 - options.maxShrink())) {
                throw FetchException.refused(String.format(
                        Locale.ROOT,
                        "it has %,d entries where the last fetch had %,d (%+.1f %%); --accept-shrink takes it",
                        entries,
                        was,
                        100.0 * (entries - was) / was));
            }
        }
        return Optional.of(new Staged(s, files, entries, sha, etag, lastModified, formats));
    }

    private static final Pattern HEX64 = Pattern.compile("\\b([0-9a-fA-F]{64})\\b");

    /** The SHA-256 a publisher states for the current file (the first 64-digit hex word of the checksum file). */
    private static String published(Downloader d, ListSource s, Options options)
            throws FetchException, InterruptedException {
        URI where = options.fromDir() == null ? s.checksumUrl() : mirrored(options.fromDir(), s.checksumUrl());
        // a text file: the plain-text format's content types are the ones a checksum comes with
        Downloader.Result r = d.get(where, null, null, 64 * 1024, SourceFormat.BIS_DPL);
        if (!(r instanceof Downloader.Body b)) {
            throw FetchException.failed("the checksum file answered 'not modified' to an unconditional request");
        }
        Matcher m = HEX64.matcher(new String(b.bytes(), StandardCharsets.UTF_8));
        if (!m.find()) {
            throw FetchException.refused("the checksum file " + s.checksumUrl() + " holds no SHA-256");
        }
        return m.group(1);
    }

    /** A file of an offline mirror: the last part of the source's URL in {@code dir}. */
    private static URI mirrored(Path dir, URI uri) throws FetchException {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            throw FetchException.failed("the URL " + uri + " names no file to look for in " + dir);
        }
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw FetchException.failed("the mirror " + dir + " has no file " + name);
        }
        return p.toUri();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover staging directory starts with a dot and is never read as a snapshot
        }
    }
}
