package dev.licit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.cli.common.CommandGroup;
import dev.licit.cli.common.FormatChoice;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.OutputFormat;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.core.catalog.CatalogEntry;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.chip.ChipSpec;
import dev.licit.core.classify.Classification;
import dev.licit.core.classify.Classifier;
import dev.licit.core.explain.Templates;
import dev.licit.core.io.CatalogJson;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.json.Json;
import dev.licit.core.rulebook.CompiledRulebook;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = "The chip catalog: real accelerators, each figure with its source.",
        subcommands = {CatalogCommand.ListChips.class, CatalogCommand.Show.class})
final class CatalogCommand extends CommandGroup {
    CatalogCommand() {
        super(true);
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Every catalog chip with its classification on a date.")
    static final class ListChips implements Callable<Integer> {
        @Mixin
        RulesOnDate rules;

        @Option(
                names = "--format",
                defaultValue = "table",
                converter = FormatChoice.TableOrJson.class,
                completionCandidates = FormatChoice.TableOrJson.class,
                description = FormatChoice.DESCRIPTION)
        OutputFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ChipCatalog catalog = CatalogReader.loadDefault();
            CompiledRulebook rb = rules.rulebook();
            Classifier classifier = new Classifier();
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.JSON) {
                ArrayNode arr = Json.PRETTY.createArrayNode();
                for (CatalogEntry e : catalog.entries()) {
                    arr.add(CatalogJson.summary(e, classifier.classify(e.spec(), rb)));
                }
                JsonOutput.print(out, arr);
                return 0;
            }
            out.println(Output.pad("ID", 42) + Output.pad("VENDOR", 8) + Output.pad("TPP", 10) + Output.pad("PD", 8)
                    + "ECCN (" + rb.from() + ")");
            for (CatalogEntry e : catalog.entries()) {
                Classification c = classifier.classify(e.spec(), rb);
                out.println(Output.pad(e.id(), 42)
                        + Output.pad(e.spec().vendor(), 8)
                        + Output.pad(
                                c.metrics().tpp() == null
                                        ? "?"
                                        : Templates.format(c.metrics().tpp()),
                                10)
                        + Output.pad(
                                c.metrics().performanceDensity() == null
                                        ? "?"
                                        : Templates.format(c.metrics().performanceDensity()),
                                8)
                        + (c.isClassified()
                                ? c.eccn()
                                : "INDETERMINATE (missing " + String.join(", ", c.missing()) + ")"));
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "One catalog chip: figures, sources, classification.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        RulesOnDate rules;

        @Mixin
        TextOrJsonFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ChipCatalog catalog = CatalogReader.loadDefault();
            CatalogEntry e = catalog.find(id)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "no chip '" + id + "' in the catalog (see licit catalog list)"));
            LocalDate date = rules.date();
            CompiledRulebook rb = rules.rulebook();
            Classification c = new Classifier().classify(e.spec(), rb);
            PrintWriter out = spec.commandLine().getOut();
            ChipSpec s = e.spec();
            if (format.json()) {
                ObjectNode o = CatalogJson.detail(e, catalog, c, rb.from().toString());
                ((ObjectNode) o.get("classification")).put("asOf", date.toString());
                JsonOutput.print(out, o);
                return 0;
            }
            out.println(s.vendor() + " " + s.model() + "  (" + e.id() + ")");
            out.println("  datacenter: " + s.datacenter() + "   die area: " + val(s.dieAreaMm2(), "mm2")
                    + "   interconnect: " + val(s.interconnectGBs(), "GB/s") + "   DRAM bandwidth: "
                    + val(s.memoryBandwidthGBs(), "GB/s"));
            StringBuilder d = new StringBuilder("  dense: ");
            s.dense()
                    .forEach((p, v) -> d.append(p.key())
                            .append(' ')
                            .append(Templates.format(v))
                            .append("  "));
            out.println(d.toString().stripTrailing());
            out.println("  On " + date + ": TPP " + val(c.metrics().tpp(), "") + ", PD "
                    + val(c.metrics().performanceDensity(), "")
                    + " -> "
                    + (c.isClassified()
                            ? c.eccn() + (c.paragraph() == null ? "" : " (" + c.paragraph() + ")")
                            : "INDETERMINATE, missing " + String.join(", ", c.missing())));
            c.reasons()
                    .forEach(r ->
                            out.println("    [" + r.reliability() + "] " + r.summary() + " (" + r.citation() + ")"));
            if (e.note() != null) {
                out.println("  Note: " + e.note());
            }
            out.println("  Sources:");
            e.sources()
                    .forEach((f, ids) -> ids.forEach(i ->
                            out.println("    " + f + ": " + catalog.references().get(i))));
            out.flush();
            return 0;
        }

        private static String val(Double v, String unit) {
            return v == null ? "unknown" : Templates.format(v) + (unit.isEmpty() ? "" : " " + unit);
        }
    }

    static List<String> ids(ChipCatalog catalog) {
        return catalog.entries().stream().map(CatalogEntry::id).toList();
    }
}
