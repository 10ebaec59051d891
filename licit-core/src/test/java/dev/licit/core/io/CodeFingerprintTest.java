package dev.licit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fingerprint names the code under a prefix: the same code gives the same one, other code another. */
class CodeFingerprintTest {
    @TempDir
    Path dir;

    private static void writeJar(Path jar, Map<String, String> entries) throws Exception {
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream j = new JarOutputStream(out)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
    }

    @Test
    void sameCodeSameFingerprintOtherCodeAnother() throws Exception {
        Path jar = dir.resolve("code.jar");
        Map<String, String> code = Map.of("a/one.txt", "1", "a/two.txt", "2", "b/three.txt", "3");
        writeJar(jar, code);
        String a = CodeFingerprintTest.fingerprintOf(jar, "a/");
        assertThat(CodeFingerprintTest.fingerprintOf(jar, "a/")).isEqualTo(a).hasSize(64);
        assertThat(CodeFingerprintTest.fingerprintOf(jar, "b/")).isNotEqualTo(a);

        Path other = dir.resolve("other.jar");
        writeJar(other, Map.of("a/one.txt", "1", "a/two.txt", "22", "b/three.txt", "3"));
        assertThat(CodeFingerprintTest.fingerprintOf(other, "a/"))
                .as("a changed entry")
                .isNotEqualTo(a);
        assertThat(CodeFingerprintTest.fingerprintOf(other, "b/"))
                .isEqualTo(CodeFingerprintTest.fingerprintOf(jar, "b/"));

        // the same path written again with other code (as a rebuild does) is listed again
        writeJar(jar, Map.of("a/one.txt", "1", "a/two.txt", "2", "a/four.txt", "4", "b/three.txt", "3"));
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertThat(CodeFingerprintTest.fingerprintOf(jar, "a/"))
                .as("the jar rewritten")
                .isNotEqualTo(a);
    }

    @Test
    void theMemoOfAJarsPartsGivesWhatListingGivesAndNeverOutlivesTheJar() throws Exception {
        Path jar = dir.resolve("code.jar");
        writeJar(jar, Map.of("a/one.txt", "1", "a/two.txt", "2", "b/three.txt", "3"));
        String listed = fingerprintOf(jar, "a/");
        Path memo = dir.resolve("memo");
        CodeFingerprint.rememberJarsIn(memo);
        try {
            assertThat(fingerprintOf(jar, "a/")).as("made and remembered").isEqualTo(listed);
            assertThat(memo)
                    .isDirectoryContaining(p -> p.getFileName().toString().matches("[0-9a-f]{64}"));
            assertThat(fingerprintOf(jar, "a/")).as("read from the memo").isEqualTo(listed);

            // a memo file that is not a digest is not trusted: listed again and rewritten
            try (var files = Files.list(memo)) {
                for (Path p : files.toList()) {
                    Files.writeString(p, "damaged");
                }
            }
            assertThat(fingerprintOf(jar, "a/")).isEqualTo(listed);

            // the jar built again at the same path: another memo, another fingerprint
            writeJar(jar, Map.of("a/one.txt", "1", "a/two.txt", "2", "a/four.txt", "4", "b/three.txt", "3"));
            Files.setLastModifiedTime(
                    jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
            String rebuilt = fingerprintOf(jar, "a/");
            assertThat(rebuilt).isNotEqualTo(listed);
            CodeFingerprint.rememberJarsIn(null);
            assertThat(fingerprintOf(jar, "a/")).as("the same without the memo").isEqualTo(rebuilt);
        } finally {
            CodeFingerprint.rememberJarsIn(null);
        }
    }

    /** The fingerprint of the code under {@code prefix} in {@code jar}, through a class it holds. */
    static String fingerprintOf(Path jar, String prefix) throws Exception {
        return new CodeFingerprint().addCode(jar, prefix).hex();
    }
}
