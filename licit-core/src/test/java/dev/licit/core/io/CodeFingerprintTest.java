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

    /** The fingerprint of the code under {@code prefix} in {@code jar}, through a class it holds. */
    static String fingerprintOf(Path jar, String prefix) throws Exception {
        return new CodeFingerprint().addCode(jar, prefix).hex();
    }
}
