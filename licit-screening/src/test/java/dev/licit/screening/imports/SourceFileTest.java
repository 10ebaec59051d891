package dev.licit.screening.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Gzip is undone up to a cap, so that a small upload cannot unpack to gigabytes (issue 13, point 7). */
class SourceFileTest {
    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] csvOf(int bytes) {
        byte[] b = new byte[bytes];
        java.util.Arrays.fill(b, (byte) 'a');
        return b;
    }

    @Test
    void aFileThatUnpacksToExactlyTheCapIsRead() throws Exception {
        SourceFile f = SourceFile.of("list.csv.gz", gzip(csvOf(1_000)), 1_000);
        assertThat(f.text()).hasSize(1_000);
    }

    @Test
    void oneByteOverTheCapIsRefusedNamingTheFileAndTheLimit() throws Exception {
        byte[] bomb = gzip(csvOf(1_001));
        assertThatThrownBy(() -> SourceFile.of("list.csv.gz", bomb, 1_000))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("list.csv.gz")
                .hasMessageContaining("limit of 1000 bytes");
    }

    @Test
    void theDefaultCapLetsTheLargestRealListsThroughAndStopsABomb() throws Exception {
        // 300 MB of one byte packs to about 300 KB: under the server's upload cap, over the unpacked cap
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] mb = csvOf(1 << 20);
            for (int i = 0; i < 300; i++) {
                gz.write(mb);
            }
        }
        assertThat(out.size()).isLessThan(1 << 20);
        assertThatThrownBy(() -> SourceFile.of("bomb.csv.gz", out.toByteArray()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("more than the limit");
        // the full 2022 CSL, gzipped as published in ../shared, is well within it
        byte[] csl = java.nio.file.Files.readAllBytes(ImportersTest.LISTS.resolve("csl-full-2022.csv.gz"));
        assertThat(SourceFile.of("csl-full-2022.csv.gz", csl).text()).contains("Entity List");
    }
}
