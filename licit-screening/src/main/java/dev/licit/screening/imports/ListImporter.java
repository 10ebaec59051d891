package dev.licit.screening.imports;

import dev.licit.screening.list.ListEntries;
import dev.licit.screening.list.ListEntry;
import dev.licit.screening.list.SnapshotInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Turns a set of list files into entries, all or nothing: every file is read and checked before any
 * entry is returned, so a malformed file never leaves a half-imported list behind.
 *
 * <p>The OFAC legacy files travel together: {@code alt.csv}, {@code add.csv} and
 * {@code sdn_comments.csv} are merged into the {@code sdn.csv} given in the same call.
 */
public final class ListImporter {
    private ListImporter() {}

    /** The entries read and a description of each source file. */
    public record Result(List<ListEntry> entries, List<SnapshotInfo.Source> sources) {}

    public static Result importPaths(List<Path> paths) throws ImportException {
        List<SourceFile> files = new ArrayList<>();
        for (Path p : paths) {
            files.add(SourceFile.read(p));
        }
        return importFiles(files);
    }

    public static Result importFiles(List<SourceFile> files) throws ImportException {
        if (files.isEmpty()) {
            throw new ImportException("(no files)", 0, "nothing to import");
        }
        List<ListEntry> entries = new ArrayList<>();
        List<SnapshotInfo.Source> sources = new ArrayList<>();
        Map<ListFormat, SourceFile> ofac = new EnumMap<>(ListFormat.class);
        for (SourceFile f : files) {
            ListFormat format = ListFormat.detect(f);
            List<ListEntry> read = switch (format) {
                case CSL_CSV -> CslCsvImporter.read(f);
                case CSL_JSON -> CslJsonImporter.read(f);
                case BIS_DPL -> DplImporter.read(f);
                case UN_XML -> UnXmlImporter.read(f);
                case EU_FSF_XML -> EuFsfXmlImporter.read(f);
                case UK_XML -> UkSanctionsImporter.readXml(f);
                case UK_CSV -> UkSanctionsImporter.readCsv(f);
                case OFAC_SDN, OFAC_ALT, OFAC_ADD, OFAC_COMMENTS -> {
                    if (ofac.put(format, f) != null) {
                        throw new ImportException(f.name(), 0, "a second OFAC " + format + " file in one import");
                    }
                    yield null;
                }
            };
            if (read != null) {
                for (ListEntry e : read) {
                    entries.add(e.withSources(List.of(f.name())));
                }
                sources.add(new SnapshotInfo.Source(f.name(), format.name(), sha256(f.raw()), read.size()));
            }
        }
        if (!ofac.isEmpty()) {
            SourceFile sdn = ofac.get(ListFormat.OFAC_SDN);
            if (sdn == null) {
                SourceFile orphan = ofac.values().iterator().next();
                throw new ImportException(
                        orphan.name(),
                        0,
                        "OFAC alt/add/comments files need the sdn.csv of the same " + "publication in the same import");
            }
            List<ListEntry> read = OfacSdnImporter.read(
                    sdn,
                    ofac.get(ListFormat.OFAC_ALT),
                    ofac.get(ListFormat.OFAC_ADD),
                    ofac.get(ListFormat.OFAC_COMMENTS));
            for (ListEntry e : read) {
                entries.add(e.withSources(List.of(sdn.name())));
            }
            for (Map.Entry<ListFormat, SourceFile> e : ofac.entrySet()) {
                sources.add(new SnapshotInfo.Source(
                        e.getValue().name(),
                        e.getKey().name(),
                        sha256(e.getValue().raw()),
                        e.getKey() == ListFormat.OFAC_SDN ? read.size() : 0));
            }
        }
        // one entry per listed party: the CSL repeats what OFAC's and BIS's own files carry
        return new Result(ListEntries.mergeAcrossSources(entries), sources);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
