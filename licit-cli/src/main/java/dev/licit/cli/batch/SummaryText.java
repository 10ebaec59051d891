package dev.licit.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.licit.batch.replay.ReplaySummary;
import dev.licit.batch.screen.ScreenSummary;
import dev.licit.core.json.Json;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the end-of-run summaries on standard output, as text for people or JSON for scripts. */
final class SummaryText {
    private SummaryText() {}

    static void json(PrintWriter out, Object summary) {
        try {
            out.println(Json.PRETTY.writeValueAsString(summary));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    static void screen(PrintWriter out, ScreenSummary s, String output) {
        out.printf(
                Locale.ROOT,
                "batch screen (%s): %,d parties in %.1f s (%,.0f/s) against %s%n",
                s.engine(),
                s.parties(),
                s.seconds(),
                s.partiesPerSecond(),
                s.snapshot());
        out.printf(Locale.ROOT, "  parties with hits  %,d%n", s.partiesWithHits());
        out.printf(
                Locale.ROOT,
                "  hits               %,d%s%n",
                s.hits(),
                s.byBand().isEmpty() ? "" : " (" + counts(s.byBand()) + ")");
        if (!s.byList().isEmpty()) {
            out.printf(Locale.ROOT, "  by list            %s%n", counts(s.byList()));
        }
        out.printf(Locale.ROOT, "  refused rows       %,d%n", s.refused());
        s.problems().stream().limit(5).forEach(p -> out.println("    " + p));
        out.println("  hits written to    " + output);
        out.flush();
    }

    static void replay(PrintWriter out, ReplaySummary s, String output) {
        out.printf(
                Locale.ROOT,
                "replay (%s): %,d orders in %.1f s (%,.0f/s)%n",
                s.engine(),
                s.orders(),
                s.seconds(),
                s.ordersPerSecond());
        out.println("  baseline   " + s.baseline());
        out.println("  candidate  " + s.candidate());
        out.printf(Locale.ROOT, "  verdict changed          %,d orders%n", s.changed());
        sorted(s.transitions()).forEach(e -> out.printf(Locale.ROOT, "    %-40s %,d%n", e.getKey(), e.getValue()));
        if (!s.reasonsAdded().isEmpty() || !s.reasonsRemoved().isEmpty()) {
            out.println("  by reason (+ now decides, - no longer decides)");
            sorted(s.reasonsAdded())
                    .forEach(e -> out.printf(Locale.ROOT, "    + %-38s %,d%n", e.getKey(), e.getValue()));
            sorted(s.reasonsRemoved())
                    .forEach(e -> out.printf(Locale.ROOT, "    - %-38s %,d%n", e.getKey(), e.getValue()));
        }
        out.printf(Locale.ROOT, "  review policy only       %,d orders%n", s.reviewPolicyOnly());
        out.printf(Locale.ROOT, "  license exception only   %,d orders%n", s.licenseExceptionOnly());
        out.printf(
                Locale.ROOT, "  customers affected       %,d; value affected USD %,.0f%n", s.customers(), s.valueUsd());
        for (ReplaySummary.CustomerImpact c : s.topCustomers()) {
            out.printf(Locale.ROOT, "    %-40s %,6d orders  USD %,.0f%n", c.name(), c.orders(), c.valueUsd());
        }
        out.printf(Locale.ROOT, "  refused orders           %,d%n", s.refused());
        s.problems().stream().limit(5).forEach(p -> out.println("    " + p));
        out.printf(Locale.ROOT, "  %,d changed orders written to %s%n", s.written(), output);
        out.flush();
    }

    private static java.util.stream.Stream<Map.Entry<String, Long>> sorted(Map<String, Long> m) {
        return m.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()));
    }

    private static String counts(Map<String, Long> m) {
        return sorted(m)
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
