package dev.licit.cli;

import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.Rulebook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by commands that use the rulebook: which rules, which overlays, which settings. */
final class RulebookOptions {
    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "A rules directory instead of the shipped rulebook (e.g. a proposed rulebook).")
    Path rulesDir;

    @Option(
            names = "--overlay",
            paramLabel = "DIR",
            description = "An overlay pack: the exporter's own binding instructions in the rule format (repeatable).")
    List<Path> overlays = new ArrayList<>();

    @Option(
            names = "--set",
            paramLabel = "NAME=VALUE",
            description =
                    "Override a rulebook setting, e.g. bitLengths.tf32=19 or aiDiffusionPosture=enforced (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    public Rulebook load() {
        Rulebook rb = RulebookLoader.load(rulesDir, overlays);
        if (settings.isEmpty()) {
            return rb;
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        settings.forEach((k, v) -> typed.put(k, typed(v)));
        return rb.withSettingOverrides(typed);
    }

    private static Object typed(String v) {
        if (v.equalsIgnoreCase("null") || v.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
