package dev.licit.cli.screening;

import dev.licit.cli.common.FormatChoice;
import dev.licit.cli.common.JsonOutput;
import dev.licit.cli.common.OutputFormat;
import dev.licit.core.json.Json;
import dev.licit.screening.NameComparison;
import dev.licit.screening.Thresholds;
import dev.licit.screening.imports.CsvReader;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code licit compare NAME1 NAME2} and {@code licit compare --pairs FILE.csv}: how two names compare,
 * the second playing the listed name. The pairs file has columns {@code name1,name2[,schema]} with
 * an optional header; the output is a JSON array with one object per pair, in input order.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compare two names, or every pair in a CSV file (name1,name2[,schema]), with explanations.")
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "NAME")
    List<String> names = new ArrayList<>();

    @Option(names = "--pairs", paramLabel = "FILE.csv", description = "CSV with columns name1,name2[,schema]")
    Path pairs;

    // no defaultValue: the default depends on whether --pairs is given
    @Option(
            names = "--format",
            converter = FormatChoice.TextJsonOrJsonl.class,
            completionCandidates = FormatChoice.TextJsonOrJsonl.class,
            description =
                    "${COMPLETION-CANDIDATES}. One pair: json (default) or text. With --pairs: jsonl (default: one JSON"
                            + " object per line, in input order) or json (one array).")
    OutputFormat format;

    @Mixin
    ThresholdOptions thresholdOptions = new ThresholdOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Thresholds thresholds;
        try {
            thresholds = thresholdOptions.thresholds();
        } catch (IllegalArgumentException e) {
            err.println("licit compare: " + e.getMessage());
            err.flush();
            return 2;
        }
        if ((pairs == null) == (names.size() != 2)) {
            err.println("licit compare: give either two names or --pairs FILE.csv");
            err.flush();
            return 2;
        }
        try {
            if (pairs == null) {
                NameComparison.Result r = NameComparison.compare(names.get(0), names.get(1), thresholds);
                if (format == OutputFormat.TEXT) {
                    out.printf(
                            Locale.ROOT,
                            "%s %.3f  %s%n",
                            r.band(),
                            r.score(),
                            r.explanation().summary());
                    ScreenCommand.alignment(out, r.explanation().alignment());
                    r.explanation().adjustments().forEach(a -> out.println("  note     " + a));
                    out.flush();
                } else {
                    JsonOutput.print(out, object(0, names.get(0), names.get(1), null, r));
                }
                return 0;
            }
            SourceFile file = SourceFile.read(pairs);
            List<CsvReader.Row> rows = new CsvReader(file.name(), file.text(), ',').readAll();
            List<Map<String, Object>> results = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                CsvReader.Row row = rows.get(i);
                if (i == 0 && row.get(0).strip().equalsIgnoreCase("name1")) {
                    continue;
                }
                if (row.size() < 2 || row.size() > 3) {
                    err.println("licit compare: " + file.name() + ":" + row.line()
                            + ": expected 2 or 3 fields (name1,name2[,schema])," + " found " + row.size());
                    err.flush();
                    return 2;
                }
                String schema = row.size() == 3 ? row.get(2) : null;
                results.add(object(
                        row.line(),
                        row.get(0),
                        row.get(1),
                        schema,
                        NameComparison.compare(row.get(0), row.get(1), thresholds)));
            }
            if (format == OutputFormat.JSON) {
                JsonOutput.print(out, results);
            } else {
                // one object per line, in input order, each complete on its own line (streamable)
                for (Map<String, Object> r : results) {
                    out.println(Json.COMPACT.writeValueAsString(r));
                }
                out.flush();
            }
            return 0;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (ImportException e) {
            err.println("licit compare: " + e.getMessage());
            err.flush();
            return 2;
        } catch (RuntimeException e) {
            err.println("licit compare: internal failure: " + e);
            err.flush();
            return 1;
        }
    }

    private static Map<String, Object> object(long line, String a, String b, String schema, NameComparison.Result r) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (line > 0) {
            o.put("line", line);
        }
        o.put("name1", a);
        o.put("name2", b);
        if (schema != null) {
            o.put("schema", schema);
        }
        o.put("score", r.score());
        o.put("band", r.band());
        o.put("explanation", r.explanation());
        return o;
    }
}
