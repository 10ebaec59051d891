package dev.licit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the data shipped inside the jar ({@code /licit/rules}, {@code /licit/data}): as class-path
 * resources to read, or as paths.
 */
public final class Resources {
    private Resources() {}

    /**
     * A directory on the class path as a Path (inside the jar's file system when packaged). Opening
     * that file system reads the index of the whole jar (tens of thousands of entries) into a
     * structure of its own, which costs a cold process tens of milliseconds: code that only reads
     * shipped files uses {@link #open} and {@link #yamlResources} instead.
     */
    public static Path directory(String resource) {
        try {
            return path(url(resource));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open resource " + resource, e);
        }
    }

    /** A shipped text file, e.g. {@code /licit/data/countries/countries.yaml}, for reading as UTF-8. */
    public static Reader open(String resource) {
        InputStream in = Resources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource " + resource + " is missing from the build");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * The YAML files below a shipped directory, e.g. {@code /licit/rules}, as paths relative to it
     * ({@code license/embargo.yaml}), sorted as {@link #yamlFiles} sorts them; read each with
     * {@link #open}({@code directory + "/" + name}).
     */
    public static List<String> yamlResources(String directory) {
        return yamlResources(url(directory));
    }

    /**
     * Inside a jar the listing comes from the jar's own index: a {@link JarFile} on the jar the
     * class loader already has open shares that index instead of reading it again, as a zip file
     * system would.
     */
    static List<String> yamlResources(URL directory) {
        try {
            if ("jar".equals(directory.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) directory.openConnection();
                URL jar = connection.getJarFileURL();
                if ("file".equals(jar.getProtocol())) {
                    String entry = connection.getEntryName();
                    String prefix = entry.endsWith("/") ? entry : entry + "/";
                    Path jarPath = Path.of(jar.toURI());
                    // the launcher's build cache keeps the answer (JarMemo): listing the jar is 20 to 40 ms
                    String question = "yaml files under " + prefix;
                    String known = JarMemo.get(jarPath, question);
                    if (known != null) {
                        return known.isEmpty() ? List.of() : List.of(known.split("\n"));
                    }
                    List<String> names;
                    try (JarFile file = new JarFile(jarPath.toFile(), false)) {
                        names = file.stream()
                                .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix) && isYaml(e.getName()))
                                .map(e -> e.getName().substring(prefix.length()))
                                .sorted()
                                .toList();
                    }
                    JarMemo.put(jarPath, question, String.join("\n", names));
                    return names;
                }
            }
            Path dir = path(directory); // a jar that is not a local file (rare): through a zip file system after all
            return yamlFiles(dir).stream()
                    .map(p -> dir.relativize(p).toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + directory, e);
        }
    }

    /** YAML files below a directory, sorted by relative path so that loading is deterministic. */
    public static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> isYaml(p.toString()))
                    .sorted((a, b) -> dir.relativize(a)
                            .toString()
                            .compareTo(dir.relativize(b).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static URL url(String resource) {
        URL url = Resources.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("resource " + resource + " is missing from the build");
        }
        return url;
    }

    private static Path path(URL url) throws URISyntaxException, IOException {
        URI uri = url.toURI();
        if (!"jar".equals(uri.getScheme())) {
            return Path.of(uri);
        }
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        return fs.provider().getPath(uri);
    }
}
