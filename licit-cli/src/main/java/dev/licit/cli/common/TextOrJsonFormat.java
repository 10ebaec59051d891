package dev.licit.cli.common;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that print a text report or JSON, text by default:
 * most of them, so they share this one declaration ({@code @Mixin TextOrJsonFormat format}).
 */
public final class TextOrJsonFormat {
    @Option(
            names = "--format",
            defaultValue = "text",
            converter = FormatChoice.TextOrJson.class,
            completionCandidates = FormatChoice.TextOrJson.class,
            description = FormatChoice.DESCRIPTION)
    private OutputFormat format;

    public OutputFormat value() {
        return format;
    }

    public boolean json() {
        return format == OutputFormat.JSON;
    }

    /** Prints {@code items}: as one JSON array, or each as {@code line} writes it (a list command's output). */
    public <T> void printAll(PrintWriter out, List<T> items, Consumer<T> line) {
        if (json()) {
            JsonOutput.print(out, items);
        } else {
            items.forEach(line);
        }
    }
}
