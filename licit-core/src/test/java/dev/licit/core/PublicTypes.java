package dev.licit.core;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 12, point 4: {@code public} only for what another package uses. Every module's
 * architecture test asks {@link #unusedOutsideTheirPackage} for the public top-level types of its
 * main code that nothing outside their package uses, and expects none.
 *
 * <p>Within the module the answer comes from the class files (ArchUnit sees every use: a name, a
 * call on a value returned by another method, an annotation's class literal). The modules that
 * depend on this one are not on its class path, and a constant is copied into the class that
 * reads it, so the sources of every module (main and test, other packages than the type's) are
 * read as text too: a type they import, or name with its package, is used. A type another module
 * uses only through values it never names (a chained call) is not seen there: the type goes on the
 * module's allow-list with that reason.
 *
 * <p>Run from a module's directory (as Maven's tests are): main classes in {@code target/classes},
 * tests in {@code target/test-classes}, the other modules beside it.
 */
public final class PublicTypes {
    private PublicTypes() {}

    /**
     * The public top-level types of this module's main code that no other package uses, by name.
     *
     * @param entryPoints types public for what is not Java code: a {@code main} class started by name,
     *     a class a framework requires public (JMH's benchmarks)
     */
    public static Set<String> unusedOutsideTheirPackage(Set<String> entryPoints) {
        Path module = Path.of("").toAbsolutePath();
        JavaClasses main = new ClassFileImporter().importPath(module.resolve("target/classes"));
        Set<String> used = usedFromAnotherPackage(main);
        Path tests = module.resolve("target/test-classes");
        if (Files.isDirectory(tests)) {
            used.addAll(usedFromAnotherPackage(new ClassFileImporter().importPath(tests)));
        }
        TreeMap<String, JavaClass> candidates = new TreeMap<>();
        for (JavaClass c : main) {
            if (c.isTopLevelClass()
                    && c.getModifiers().contains(JavaModifier.PUBLIC)
                    && !c.getSimpleName().equals("package-info")
                    && !used.contains(c.getName())
                    && !entryPoints.contains(c.getName())
                    && written(module, c)) {
                candidates.put(c.getName(), c);
            }
        }
        if (!candidates.isEmpty()) {
            List<Source> sources = sources(module.getParent());
            candidates
                    .keySet()
                    .removeIf(name -> sources.stream()
                            .anyMatch(src ->
                                    !src.pkg().equals(candidates.get(name).getPackageName())
                                            && namedIn(src.text(), candidates.get(name))));
        }
        return candidates.keySet();
    }

    /** Whether a person wrote the class: generated code (JMH's, in {@code jmh_generated}) is public as its generator makes it. */
    private static boolean written(Path module, JavaClass c) {
        return Files.isRegularFile(module.resolve("src/main/java")
                .resolve(c.getPackageName().replace('.', '/'))
                .resolve(c.getSimpleName() + ".java"));
    }

    /** The top-level types that classes of another package depend on (a nested type counts for its top). */
    private static Set<String> usedFromAnotherPackage(JavaClasses classes) {
        Set<String> used = new HashSet<>();
        for (JavaClass c : classes) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                while (target.getEnclosingClass().isPresent()) {
                    target = target.getEnclosingClass().get();
                }
                if (!target.getPackageName().equals(c.getPackageName())) {
                    used.add(target.getName());
                }
            }
        }
        return used;
    }

    private static boolean namedIn(String text, JavaClass type) {
        String pkg = Pattern.quote(type.getPackageName());
        String name = Pattern.quote(type.getSimpleName());
        return Pattern.compile("\\b" + pkg + "\\." + name + "\\b").matcher(text).find()
                || (Pattern.compile("import " + pkg + "\\.\\*;").matcher(text).find()
                        && Pattern.compile("\\b" + name + "\\b").matcher(text).find());
    }

    /** A file's text and its package ("" for a build file or a script). */
    private record Source(String pkg, String text) {}

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

    /**
     * The Java sources (main and test) of every module, and the service files, build files and
     * scripts that name classes for others to make or start.
     */
    private static List<Source> sources(Path root) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("licit-"))
                    .toList()) {
                Path src = module.resolve("src");
                if (Files.isDirectory(src)) {
                    try (Stream<Path> walk = Files.walk(src)) {
                        // a service file names the classes java.util.ServiceLoader makes (logback's configurator)
                        walk.filter(p -> p.toString().endsWith(".java")
                                        || p.getParent().endsWith(Path.of("META-INF", "services")))
                                .forEach(files::add);
                    }
                }
                files.add(module.resolve("pom.xml"));
            }
            for (String script : List.of("pom.xml", "licit", "test")) {
                files.add(root.resolve(script));
            }
            List<Source> sources = new ArrayList<>();
            for (Path f : files) {
                if (Files.isRegularFile(f)) {
                    String text = Files.readString(f);
                    Matcher m = PACKAGE.matcher(text);
                    sources.add(new Source(m.find() ? m.group(1) : "", text));
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
