package dev.licit.core.io;

import dev.licit.core.country.Countries;
import dev.licit.core.rulebook.Problem;
import dev.licit.core.rulebook.Rule;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.core.rulebook.RulebookException;
import dev.licit.core.rulebook.RulebookValidator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Loads the rulebook from a directory of YAML files (the shipped one by default) plus overlay packs. */
public final class RulebookLoader {
    /** A rules directory may carry its own country groups under this name (not a rule file). */
    public static final String COUNTRIES_FILE = "countries.yaml";
    /** Where the shipped rulebook is on the class path. */
    private static final String SHIPPED_RULES = "/licit/rules";
    /**
     * Where the shipped overlay packs are (one directory per pack). Their files say whom they bind
     * ({@code binds}), so they load with every rulebook and act only for those exporters; an
     * {@code --overlay} directory of the same name replaces the shipped pack.
     */
    private static final String SHIPPED_OVERLAYS = "/licit/overlays";

    private RulebookLoader() {}

    /** Everything read from a rules directory and its overlays, with every problem found. */
    public record Loaded(List<Rule> rules, List<Problem> problems, int files) {}

    public static Rulebook loadDefault() {
        return load(null, List.of());
    }

    /**
     * @param rulesDir a rules directory, or null for the rulebook shipped with Licit
     * @param overlays overlay pack directories (an exporter's own binding instructions)
     * @throws RulebookException naming file, line and entry of every problem
     */
    public static Rulebook load(Path rulesDir, List<Path> overlays) {
        Loaded loaded = read(rulesDir, overlays);
        if (!loaded.problems().isEmpty()) {
            throw new RulebookException(loaded.problems());
        }
        return Rulebook.of(loaded.rules(), countriesFor(rulesDir));
    }

    /**
     * The country groups a rules directory uses: its own {@value #COUNTRIES_FILE} when it has one (a
     * proposed rulebook may move a country between groups), the shipped country data otherwise.
     */
    public static Countries countriesFor(Path rulesDir) {
        if (rulesDir != null && Files.isRegularFile(rulesDir.resolve(COUNTRIES_FILE))) {
            Path file = rulesDir.resolve(COUNTRIES_FILE);
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return CountriesReader.read(file.toString(), r);
            } catch (IOException e) {
                throw new RulebookException(
                        List.of(new Problem(file.toString(), 0, null, "cannot read: " + e.getMessage())));
            }
        }
        return defaultCountries();
    }

    /** Reads and validates without throwing: what {@code licit rules validate} reports. */
    public static Loaded read(Path rulesDir, List<Path> overlays) {
        List<Rule> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int files = rulesDir == null ? readShipped(rules, problems) : readDir(rulesDir, null, rules, problems);
        Set<String> given = new TreeSet<>();
        overlays.forEach(o -> given.add(o.getFileName().toString()));
        files += readShippedOverlays(given, rules, problems);
        for (Path overlay : overlays) {
            files += readDir(overlay, overlay.getFileName().toString(), rules, problems);
        }
        if (problems.isEmpty()) {
            problems.addAll(RulebookValidator.validate(rules));
        }
        if (rulesDir != null && Files.isRegularFile(rulesDir.resolve(COUNTRIES_FILE))) {
            try {
                countriesFor(rulesDir);
            } catch (RulebookException e) {
                problems.addAll(e.problems());
            }
        }
        return new Loaded(rules, problems, files);
    }

    /** The rulebook in the jar, read as class-path resources (no file system over the jar needed). */
    private static int readShipped(List<Rule> rules, List<Problem> problems) {
        List<String> files = Resources.yamlResources(SHIPPED_RULES);
        if (files.isEmpty()) {
            problems.add(new Problem(SHIPPED_RULES, 0, null, "no .yaml rule files in it"));
        }
        for (String f : files) {
            if (f.equals(COUNTRIES_FILE)) {
                continue; // country data, read by countriesFor
            }
            String name = "rules/" + f;
            try (Reader r = Resources.open(SHIPPED_RULES + "/" + f)) {
                RuleFileReader.Result res = RuleFileReader.read(name, r, null);
                rules.addAll(res.rules());
                problems.addAll(res.problems());
            } catch (IOException e) {
                problems.add(new Problem(name, 0, null, "cannot read: " + e.getMessage()));
            }
        }
        return files.size();
    }

    /** The shipped overlay packs but those named in {@code replaced}; each file's first directory is its pack. */
    private static int readShippedOverlays(Set<String> replaced, List<Rule> rules, List<Problem> problems) {
        if (RulebookLoader.class.getResource(SHIPPED_OVERLAYS) == null) {
            return 0;
        }
        int files = 0;
        for (String f : Resources.yamlResources(SHIPPED_OVERLAYS)) {
            int slash = f.indexOf('/');
            if (slash < 0) {
                problems.add(new Problem("overlays/" + f, 0, null, "an overlay file belongs in a pack's directory"));
                continue;
            }
            String pack = f.substring(0, slash);
            if (replaced.contains(pack)) {
                continue;
            }
            String name = "overlays/" + f;
            try (Reader r = Resources.open(SHIPPED_OVERLAYS + "/" + f)) {
                RuleFileReader.Result res = RuleFileReader.read(name, r, pack);
                rules.addAll(res.rules());
                problems.addAll(res.problems());
                files++;
            } catch (IOException e) {
                problems.add(new Problem(name, 0, null, "cannot read: " + e.getMessage()));
            }
        }
        return files;
    }

    private static int readDir(Path dir, String overlay, List<Rule> rules, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir.toString(), 0, null, "not a directory of rule files"));
            return 0;
        }
        List<Path> files = Resources.yamlFiles(dir);
        if (files.isEmpty()) {
            problems.add(new Problem(dir.toString(), 0, null, "no .yaml rule files in it"));
        }
        for (Path f : files) {
            if (overlay == null
                    && f.getParent().equals(dir)
                    && f.getFileName().toString().equals(COUNTRIES_FILE)) {
                continue; // country data, read by countriesFor
            }
            String name = display(dir, f, overlay);
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                RuleFileReader.Result res = RuleFileReader.read(name, r, overlay);
                rules.addAll(res.rules());
                problems.addAll(res.problems());
            } catch (IOException e) {
                problems.add(new Problem(name, 0, null, "cannot read: " + e.getMessage()));
            }
        }
        return files.size();
    }

    private static String display(Path dir, Path file, String overlay) {
        String rel = dir.relativize(file).toString();
        return overlay == null ? "rules/" + rel : dir.toString() + "/" + rel;
    }

    public static Countries defaultCountries() {
        try (Reader r = Resources.open("/licit/data/countries/countries.yaml")) {
            return CountriesReader.read("data/countries/countries.yaml", r);
        } catch (IOException e) {
            throw new RulebookException(
                    List.of(new Problem("data/countries/countries.yaml", 0, null, "cannot read: " + e.getMessage())));
        }
    }
}
