package dev.licit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.TextOrJsonFormat;
import dev.licit.core.chip.Precision;
import dev.licit.core.envelope.Envelope;
import dev.licit.core.explain.Templates;
import dev.licit.core.json.Json;
import dev.licit.core.rulebook.CompiledRulebook;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "envelope",
        mixinStandardHelpOptions = true,
        description =
                "The largest TPP a design of a given die area may have and stay outside 3A090 (and outside 3A090.a).")
final class EnvelopeCommand implements Callable<Integer> {
    @Option(
            names = "--die-area",
            required = true,
            paramLabel = "MM2",
            description = "Area of the non-planar logic dies, mm2.")
    double dieArea;

    @Option(names = "--datacenter", description = "The design is designed or marketed for datacenters.")
    boolean datacenter;

    @Option(
            names = "--interconnect",
            paramLabel = "GBS",
            description =
                    "Aggregate bidirectional interconnect, GB/s (matters under the October 2022 text; default: assume 600 or more).")
    Double interconnect;

    @Mixin
    RulesOnDate rules;

    @Mixin
    TextOrJsonFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!(dieArea > 0) || Double.isInfinite(dieArea)) {
            throw new IllegalArgumentException("--die-area must be a positive number of mm2");
        }
        LocalDate date = rules.date();
        CompiledRulebook rb = rules.rulebook();
        Envelope.Result r = new Envelope().compute(rb, dieArea, datacenter, interconnect);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            ObjectNode o = Json.PRETTY.createObjectNode();
            o.put("asOf", date.toString());
            o.put("rulebookVersion", rb.from().toString());
            o.put("rulebookSha256", rb.sha256());
            o.put("dieAreaMm2", dieArea);
            o.put("datacenter", datacenter);
            o.put("interconnectGBs", interconnect);
            bound(o.putObject("outside3A090"), r.outside3A090());
            bound(o.putObject("outside3A090a"), r.outside3A090a());
            JsonOutput.print(out, o);
            return 0;
        }
        out.println("Design: " + Templates.format(dieArea) + " mm2 of non-planar logic die, "
                + (datacenter ? "designed or marketed for datacenters" : "not for datacenters")
                + "; rules in force on " + date + " (version " + rb.from() + ")");
        text(out, "To stay outside 3A090", r.outside3A090());
        text(out, "To stay outside 3A090.a", r.outside3A090a());
        out.flush();
        return 0;
    }

    private static void bound(ObjectNode o, Envelope.Bound b) {
        o.put("tppBelow", b.tppLimit());
        o.put("bindingRule", b.ruleId());
        o.put("bindingParagraph", b.paragraph());
        o.put("citation", b.citation());
        o.put("reliability", b.reliability() == null ? null : b.reliability().name());
        o.put("summary", b.summary());
        ObjectNode per = o.putObject("densePerPrecisionBelow");
        for (Map.Entry<Precision, Double> e : b.densePerPrecision().entrySet()) {
            per.put(e.getKey().key(), e.getValue());
        }
    }

    private static void text(PrintWriter out, String title, Envelope.Bound b) {
        if (b.tppLimit() == null) {
            out.println(title + ": any TPP (" + b.summary() + ")");
            return;
        }
        out.println(title + ": TPP below " + Templates.format(b.tppLimit()) + "  [" + b.reliability() + "] "
                + b.paragraph() + " binds (" + b.ruleId() + "; " + b.citation() + ")");
        StringBuilder sb = new StringBuilder("  dense throughput below: ");
        b.densePerPrecision()
                .forEach((p, v) -> sb.append(p.key())
                        .append(' ')
                        .append(Templates.format(v))
                        .append("  "));
        out.println(sb.toString().stripTrailing());
    }
}
