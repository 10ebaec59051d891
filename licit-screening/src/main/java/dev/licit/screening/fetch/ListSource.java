package dev.licit.screening.fetch;

import java.net.URI;
import java.util.List;

/**
 * One list publisher's file as {@code sources.yaml} describes it.
 *
 * @param id a short stable name ({@code csl}, {@code un}); the file is kept in snapshots as {@code
 *     ID.EXT}, so the same source always replaces its own file
 * @param url where the publisher documents the file: {@code https}, {@code http} or {@code file}
 * @param format what the file must be; the download is refused if the importer reads something else
 * @param companions further files of the same publication read together with {@code url} (OFAC's
 *     legacy {@code alt.csv}, {@code add.csv}, {@code sdn_comments.csv} next to {@code sdn.csv})
 * @param sha256 the expected checksum, where the publisher states one for a fixed file; null otherwise
 * @param checksumUrl where the publisher publishes the current file's SHA-256, or null
 * @param enabled whether {@code licit lists fetch} without ids fetches it
 */
public record ListSource(
        String id,
        URI url,
        SourceFormat format,
        List<URI> companions,
        String publisher,
        String licence,
        String sha256,
        URI checksumUrl,
        long maxBytes,
        boolean enabled,
        String note) {

    /** 300 MB: the full CSL JSON is about 60 MB, the UN XML a few MB. */
    public static final long DEFAULT_MAX_BYTES = 300L * 1024 * 1024;

    public ListSource {
        companions = companions == null ? List.of() : List.copyOf(companions);
    }

    /** The file name this source's download is kept under: {@code csl.csv}, {@code un.xml}. */
    String fileName(int index) {
        String base = index == 0 ? id : id + "-" + index;
        return base + "." + format.extension(index);
    }
}
