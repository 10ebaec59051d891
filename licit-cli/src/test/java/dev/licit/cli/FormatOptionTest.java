package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.cli.common.OutputFormat;
import dev.licit.cli.testing.TempHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's {@code --format}, found by walking the whole command tree (a new command is
 * covered without being listed): the formats it offers and its default are the documented ones, a
 * value it does not offer is refused while the command line is parsed (exit 2, before anything is
 * opened) in the same words everywhere, and each value it offers is accepted in any case.
 */
class FormatOptionTest extends TempHome {
    /** What a command's --format offers, in the order help and messages list it, and its default (null: none). */
    record Choice(List<String> values, String defaultValue) {}

    static final Choice TEXT_OR_JSON = new Choice(List.of("text", "json"), "text");

    /** The commands whose --format is not the usual text or json, default text (README's command table). */
    static final Map<String, Choice> NOT_TEXT_OR_JSON = Map.of(
            "check", new Choice(List.of("text", "json", "jsonl"), "text"),
            "classify", new Choice(List.of("json", "table", "csv"), "json"),
            "catalog list", new Choice(List.of("table", "json"), "table"),
            "decisions show", new Choice(List.of("json", "jsonl"), "json"),
            "decisions record", new Choice(List.of("html", "pdf"), "html"),
            // no single default: json for one pair, jsonl with --pairs
            "compare", new Choice(List.of("text", "json", "jsonl"), null));

    /** Every command with a --format option, by its words after {@code licit}, with the option. */
    static Map<String, OptionSpec> formatOptions() {
        Map<String, OptionSpec> found = new TreeMap<>();
        collect(Licit.commandLine(), found);
        return found;
    }

    private static void collect(CommandLine cl, Map<String, OptionSpec> found) {
        OptionSpec format = cl.getCommandSpec().findOption("--format");
        if (format != null) {
            found.put(cl.getCommandSpec().qualifiedName(" ").substring("licit ".length()), format);
        }
        cl.getSubcommands().values().forEach(sub -> collect(sub, found));
    }

    static Stream<String> commands() {
        return formatOptions().keySet().stream();
    }

    static Choice documented(String command) {
        return NOT_TEXT_OR_JSON.getOrDefault(command, TEXT_OR_JSON);
    }

    static String[] words(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void everyFormatOptionIsAnOutputFormat() {
        Map<String, OptionSpec> options = formatOptions();
        // 32 declarations; the review actions and the batch engine options each serve several commands
        assertThat(options)
                .hasSizeGreaterThanOrEqualTo(32)
                .containsKeys(
                        "check",
                        "classify",
                        "envelope",
                        "rules show",
                        "rules diff",
                        "catalog list",
                        "catalog show",
                        "lists import",
                        "lists list",
                        "lists show",
                        "screen",
                        "compare",
                        "batch screen",
                        "replay",
                        "decisions list",
                        "decisions show",
                        "decisions status",
                        "decisions ship",
                        "cases list",
                        "cases show",
                        "cases clear",
                        "cases confirm",
                        "cases release",
                        "cases reject",
                        "licenses add",
                        "licenses list",
                        "licenses show",
                        "notifications file",
                        "notifications number",
                        "notifications list",
                        "notifications show",
                        "keys create",
                        "keys list",
                        "audit verify",
                        "audit head",
                        "audit log");
        assertThat(options.keySet()).containsAll(NOT_TEXT_OR_JSON.keySet());
        options.forEach(
                (command, option) -> assertThat(option.type()).as(command).isEqualTo(OutputFormat.class));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void offersTheDocumentedFormatsAndDefaultAndHelpListsThem(String command) {
        OptionSpec option = formatOptions().get(command);
        Choice choice = documented(command);
        List<String> candidates = new ArrayList<>();
        option.completionCandidates().forEach(candidates::add);
        assertThat(candidates).as(command).isEqualTo(choice.values());
        assertThat(option.defaultValue()).as(command).isEqualTo(choice.defaultValue());

        Cli help = Cli.run(words(command, "--help"));
        assertThat(help.exit()).as(command).isZero();
        String values = String.join(", ", choice.values());
        assertThat(help.out().replaceAll("\\s+", " "))
                .as(command)
                .contains(
                        choice.defaultValue() == null
                                ? values + "."
                                : values + " (default: " + choice.defaultValue() + ")");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void refusesAFormatItDoesNotOfferWhileParsingInTheSameWords(String command) throws Exception {
        List<String> offered = documented(command).values();
        String inWords = switch (offered.size()) {
            case 1 -> offered.get(0);
            case 2 -> offered.get(0) + " or " + offered.get(1);
            default -> offered.get(0) + ", " + offered.get(1) + " or " + offered.get(2);
        };
        // an unknown word, and a format some other command offers
        for (String refused : List.of("xml", offered.contains("csv") ? "jsonl" : "csv")) {
            Cli r = Cli.run(words(command, "--format", refused));
            assertThat(r.exit()).as(command + " --format " + refused).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err())
                    .as(command)
                    .isEqualTo("licit: --format must be " + inWords + ", not '" + refused + "'" + System.lineSeparator()
                            + "Try 'licit " + command + " --help'." + System.lineSeparator());
        }
        // refused while parsing: help does not hide it, and nothing was opened or written
        assertThat(Cli.run(words(command, "--format", "xml", "--help")).exit())
                .as(command)
                .isEqualTo(2);
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files).as(command).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void acceptsEachFormatItOffersInAnyCase(String command) {
        for (String value : documented(command).values()) {
            String capitalised = value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
            for (String written : List.of(value, value.toUpperCase(Locale.ROOT), capitalised)) {
                Cli r = Cli.run(words(command, "--format", written, "--help"));
                assertThat(r.exit())
                        .as(command + " --format " + written + ": " + r.err())
                        .isZero();
            }
        }
    }

    @Test
    void aFormatWrittenInCapitalsPrintsTheSameBytes() {
        for (String format : List.of("json", "text")) {
            Cli lower =
                    Cli.run("catalog", "show", "nvidia-h100-sxm5-80gb", "--as-of", "2024-06-01", "--format", format);
            Cli upper = Cli.run(
                    "catalog",
                    "show",
                    "nvidia-h100-sxm5-80gb",
                    "--as-of",
                    "2024-06-01",
                    "--format",
                    format.toUpperCase(Locale.ROOT));
            assertThat(lower.exit()).as(lower.err()).isZero();
            assertThat(upper.out()).isEqualTo(lower.out()).isNotEmpty();
        }
    }
}
