package dev.licit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shipped files are listed and read without a file system over the jar, and found as before. */
class ResourcesTest {
    @TempDir
    Path tmp;

    private Path jar(String... entries) throws IOException {
        Path jar = tmp.resolve("licit.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String e : entries) {
                out.putNextEntry(new JarEntry(e));
                if (!e.endsWith("/")) {
                    out.write(("# " + e + "\n").getBytes());
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void inAJarTheYamlFilesBelowADirectoryAreListedFromTheJarsIndexAsAZipFileSystemWouldFindThem() throws IOException {
        Path jar = jar(
                "licit/",
                "licit/rules/",
                "licit/rules/settings.yaml",
                "licit/rules/license/",
                "licit/rules/license/b.yaml",
                "licit/rules/license/a.yml",
                "licit/rules/classification/x.yaml",
                "licit/rules/README.md",
                "licit/rules-old/old.yaml",
                "licit/data/countries/countries.yaml",
                "other.yaml");
        URL dir = URI.create("jar:" + jar.toUri() + "!/licit/rules").toURL();
        List<String> listed = Resources.yamlResources(dir);
        assertThat(listed).containsExactly("classification/x.yaml", "license/a.yml", "license/b.yaml", "settings.yaml");
        try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of())) {
            Path root = fs.getPath("/licit/rules");
            assertThat(Resources.yamlFiles(root).stream()
                            .map(p -> root.relativize(p).toString())
                            .toList())
                    .isEqualTo(listed);
        }
        assertThat(Resources.yamlResources(
                        URI.create("jar:" + jar.toUri() + "!/licit/rules/").toURL()))
                .isEqualTo(listed);
    }

    @Test
    void aListingRememberedForTheBuildIsTheListingAndNeverOutlivesTheJar() throws Exception {
        Path jar = jar("licit/rules/a.yaml", "licit/rules/license/b.yaml", "licit/overlays/README.md");
        URL rules = URI.create("jar:" + jar.toUri() + "!/licit/rules").toURL();
        URL overlays = URI.create("jar:" + jar.toUri() + "!/licit/overlays").toURL();
        List<String> listed = Resources.yamlResources(rules);
        Path memo = tmp.resolve("memo");
        JarMemo.rememberIn(memo);
        try {
            assertThat(Resources.yamlResources(rules))
                    .as("listed and remembered")
                    .isEqualTo(listed);
            assertThat(Resources.yamlResources(overlays))
                    .as("none, remembered as none")
                    .isEmpty();
            try (var files = Files.list(memo)) {
                assertThat(files.toList()).hasSize(2);
            }
            assertThat(Resources.yamlResources(rules)).as("from the memo").isEqualTo(listed);
            assertThat(Resources.yamlResources(overlays)).isEmpty();

            // a memo whose hash does not match what it holds is not trusted
            try (var files = Files.list(memo)) {
                for (Path p : files.toList()) {
                    String text = Files.readString(p);
                    Files.writeString(p, text.substring(0, 65) + "x.yaml");
                }
            }
            assertThat(Resources.yamlResources(rules)).isEqualTo(listed);
            assertThat(Resources.yamlResources(overlays)).isEmpty();

            // the jar built again at the same path: listed again
            jar("licit/rules/a.yaml", "licit/rules/c.yaml");
            Files.setLastModifiedTime(
                    jar,
                    java.nio.file.attribute.FileTime.fromMillis(
                            Files.getLastModifiedTime(jar).toMillis() + 5_000));
            assertThat(Resources.yamlResources(rules)).containsExactly("a.yaml", "c.yaml");
        } finally {
            JarMemo.rememberIn(null);
        }
    }

    @Test
    void theShippedRulebookIsListedAsItsDirectoryHoldsIt() {
        Path dir = Resources.directory("/licit/rules");
        assertThat(Resources.yamlResources("/licit/rules"))
                .isEqualTo(Resources.yamlFiles(dir).stream()
                        .map(p -> dir.relativize(p).toString())
                        .toList())
                .contains("settings.yaml", "license/embargo.yaml");
    }

    @Test
    void theShippedRulebookReadsAsTheSameDirectoryReadFromDisk() {
        RulebookLoader.Loaded shipped = RulebookLoader.read(null, List.of());
        RulebookLoader.Loaded fromDisk = RulebookLoader.read(Resources.directory("/licit/rules"), List.of());
        assertThat(shipped.problems()).isEmpty();
        assertThat(shipped.files()).isEqualTo(fromDisk.files());
        assertThat(shipped.rules()).isEqualTo(fromDisk.rules());
        assertThat(shipped.rules().getFirst().origin().file()).startsWith("rules/");
    }

    @Test
    void aShippedFileIsReadAsUtf8() throws IOException {
        Path file = Resources.directory("/licit/data").resolve("countries").resolve("countries.yaml");
        StringWriter text = new StringWriter();
        try (Reader r = Resources.open("/licit/data/countries/countries.yaml")) {
            r.transferTo(text);
        }
        assertThat(text.toString()).isEqualTo(Files.readString(file)).contains("countries:");
    }
}
