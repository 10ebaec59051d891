package dev.licit.cli.common;

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
}
