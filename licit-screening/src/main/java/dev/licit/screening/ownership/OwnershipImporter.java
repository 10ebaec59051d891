package dev.licit.screening.ownership;

import dev.licit.core.ownership.OwnershipLink;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.ListImporter;
import dev.licit.screening.imports.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ownership files into {@link OwnershipLink}s, all or nothing: every file is read and checked
 * before any link is returned. The format is the one given, or recognised per file ({@link
 * OwnershipFormat#detect}). Files of one format are read together: FollowTheMoney ownerships may
 * name entities described in another file of the same import, and a GLEIF Level 1 file gives the
 * names of the LEIs of the relationship files beside it.
 */
public final class OwnershipImporter {
    private OwnershipImporter() {}

    /**
     * @param links the edges read, in file order
     * @param sources one line per file read
     * @param notes what the reader wants the user to know (LEIs standing as names, statements passed over)
     */
    public record Result(List<OwnershipLink> links, List<Source> sources, List<String> notes) {
        public Result {
            links = List.copyOf(links);
            sources = List.copyOf(sources);
            notes = List.copyOf(notes);
        }
    }

    /** One file as imported: its name, format, SHA-256 and the links it gave. */
    public record Source(String file, String format, String sha256, int links) {}

    /** What one reader gave for one file. */
    record Read(List<OwnershipLink> links, List<String> notes) {}

    public static Result importPaths(List<Path> paths, OwnershipFormat format) throws ImportException {
        List<SourceFile> files = new ArrayList<>();
        for (Path p : paths) {
            files.add(SourceFile.read(p));
        }
        return importFiles(files, format);
    }

    /** @param format the format of every file, or null to recognise each from its content */
    public static Result importFiles(List<SourceFile> files, OwnershipFormat format) throws ImportException {
        if (files.isEmpty()) {
            throw new ImportException("(no files)", 0, "nothing to import");
        }
        Map<OwnershipFormat, List<SourceFile>> byFormat = new LinkedHashMap<>();
        for (SourceFile f : files) {
            OwnershipFormat fmt = format != null ? format : OwnershipFormat.detect(f);
            byFormat.computeIfAbsent(fmt, k -> new ArrayList<>()).add(f);
        }
        List<OwnershipLink> links = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<OwnershipFormat, List<SourceFile>> e : byFormat.entrySet()) {
            Map<SourceFile, Read> read = switch (e.getKey()) {
                case FTM -> FtmReader.read(e.getValue());
                case BODS -> BodsReader.read(e.getValue());
                case GLEIF -> GleifReader.read(e.getValue());
                case CSV -> OwnershipCsvReader.read(e.getValue());
            };
            for (Map.Entry<SourceFile, Read> r : read.entrySet()) {
                links.addAll(r.getValue().links());
                notes.addAll(r.getValue().notes());
                sources.add(new Source(
                        r.getKey().name(),
                        e.getKey().name(),
                        ListImporter.sha256(r.getKey().raw()),
                        r.getValue().links().size()));
            }
        }
        return new Result(links, sources, notes);
    }

    /** Builds a link, turning the record's own refusal (an end before the start, say) into one naming file and line. */
    static OwnershipLink link(
            String file,
            long line,
            String owner,
            String ownerCountry,
            String owned,
            String ownedCountry,
            Double percent,
            java.time.LocalDate start,
            java.time.LocalDate end,
            String source)
            throws ImportException {
        try {
            return new OwnershipLink(owner, ownerCountry, owned, ownedCountry, percent, start, end, source);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, line, e.getMessage());
        }
    }
}
