package dev.licit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.licit.cli.common.FormatChoice;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.OutputFormat;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.chip.ItemSpec;
import dev.licit.core.classify.Classification;
import dev.licit.core.classify.Classifier;
import dev.licit.core.explain.Templates;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.DecisionJson;
import dev.licit.core.io.InputException;
import dev.licit.core.io.ItemReader;
import dev.licit.core.json.Json;
import dev.licit.core.rulebook.CompiledRulebook;
import dev.licit.core.rulebook.Rulebook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description =
                "Classify chips (CSV with the chips-public.csv columns, or JSON chip specs) under the rules in force on a date.")
final class ClassifyCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV or JSON files of chips.")
    List<Path> files;

    @Mixin
    DateOption asOf;

    @Option(
            names = "--format",
            defaultValue = "json",
            converter = FormatChoice.JsonTableOrCsv.class,
            completionCandidates = FormatChoice.JsonTableOrCsv.class,
            description = FormatChoice.DESCRIPTION)
    OutputFormat format;

    @Mixin
    RulebookOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Rulebook rulebook = rules.load();
        ChipCatalog catalog = CatalogReader.loadDefault();
        List<ItemSpec> items = new ArrayList<>();
        LocalDate named = null;
        Path namedIn = null;
        for (Path f : files) {
            ItemReader.Specs specs = ChipInputs.read(f, catalog);
            items.addAll(specs.items());
            // a file may name its date ({"asOf": .., "chips": [..]}, as the API takes it); --as-of wins
            if (specs.asOf() != null && asOf.asOf == null) {
                if (named != null && !named.equals(specs.asOf())) {
                    throw new InputException(f + ": asOf " + specs.asOf() + " differs from " + named + " in " + namedIn
                            + " (classify them separately, or give --as-of)");
                }
                named = specs.asOf();
                namedIn = f;
            }
        }
        LocalDate date = named != null ? named : asOf.date();
        CompiledRulebook rb = rulebook.on(date);
        Classifier classifier = new Classifier();
        List<Classification> results =
                items.stream().map(i -> classifier.classify(i, rb)).toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> {
                ArrayNode arr = Json.PRETTY.createArrayNode();
                results.forEach(
                        c -> arr.add(DecisionJson.classification(c, rb.from().toString())
                                .put("rulebookSha256", rb.sha256())
                                .put("asOf", date.toString())));
                JsonOutput.print(out, arr);
            }
            case CSV -> {
                out.println("model,tpp,performanceDensity,eccn,paragraph,status,missing");
                for (Classification c : results) {
                    out.println(String.join(
                            ",",
                            Output.csv(c.model()),
                            fmt(c.metrics().tpp()),
                            fmt(c.metrics().performanceDensity()),
                            Output.csv(c.eccn()),
                            Output.csv(c.paragraph()),
                            c.status().name(),
                            Output.csv(String.join(" ", c.missing()))));
                }
            }
            default -> {
                out.println("Rules in force on " + date + " (rulebook version " + rb.from() + ", sha256 "
                        + rb.sha256().substring(0, 12) + ")");
                out.println(Output.pad("MODEL", 44) + Output.pad("TPP", 12) + Output.pad("PD", 9)
                        + Output.pad("ECCN", 10) + Output.pad("PARAGRAPH", 11) + "STATUS");
                for (Classification c : results) {
                    out.println(Output.pad(c.model(), 44)
                            + Output.pad(fmt(c.metrics().tpp()), 12)
                            + Output.pad(fmt(c.metrics().performanceDensity()), 9)
                            + Output.pad(c.eccn() == null ? "?" : c.eccn(), 10)
                            + Output.pad(c.paragraph(), 11)
                            + c.status()
                            + (c.missing().isEmpty() ? "" : " (missing " + String.join(", ", c.missing()) + ")"));
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String fmt(Double d) {
        return d == null ? "" : Templates.format(d);
    }
}
