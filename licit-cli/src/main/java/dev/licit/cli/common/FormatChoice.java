package dev.licit.cli.common;

import static dev.licit.cli.common.OutputFormat.CSV;
import static dev.licit.cli.common.OutputFormat.HTML;
import static dev.licit.cli.common.OutputFormat.JSON;
import static dev.licit.cli.common.OutputFormat.JSONL;
import static dev.licit.cli.common.OutputFormat.PDF;
import static dev.licit.cli.common.OutputFormat.TABLE;
import static dev.licit.cli.common.OutputFormat.TEXT;

import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;

/**
 * The formats one {@code --format} option offers, in the order help and messages list them. A choice
 * is both the option's converter (a word of any case to its {@link OutputFormat}; a format not
 * offered refused while the command line is parsed, exit 2, always in the same words) and its
 * completion candidates, which help prints as the values. A command declares its choice in one line:
 * <pre>
 * &#64;Option(names = "--format", defaultValue = "json", converter = JsonOrJsonl.class,
 *         completionCandidates = JsonOrJsonl.class, description = FormatChoice.DESCRIPTION)
 * OutputFormat format;
 * </pre>
 * picocli makes converters and candidates from a class, never from a value, hence one small class
 * per choice rather than a list in the annotation.
 */
public abstract sealed class FormatChoice implements ITypeConverter<OutputFormat>, Iterable<String> {
    /** The description of a {@code --format} option: its values and its default, both read from the option itself. */
    public static final String DESCRIPTION = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).";

    private final List<OutputFormat> offered;

    private FormatChoice(OutputFormat... offered) {
        this.offered = List.of(offered);
    }

    @Override
    public OutputFormat convert(String value) {
        for (OutputFormat f : offered) {
            if (f.word().equalsIgnoreCase(value)) {
                return f;
            }
        }
        throw new RefusedValue("--format must be " + inWords() + ", not '" + value + "'");
    }

    /** "text or json", "text, json or jsonl". */
    private String inWords() {
        List<String> words = offered.stream().map(OutputFormat::word).toList();
        int last = words.size() - 1;
        return last == 0 ? words.get(0) : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
    }

    @Override
    public Iterator<String> iterator() {
        return offered.stream().map(OutputFormat::word).iterator();
    }

    /** {@code decisions record}: one HTML page, or the same record as a PDF. */
    public static final class HtmlOrPdf extends FormatChoice {
        public HtmlOrPdf() {
            super(HTML, PDF);
        }
    }

    /** Most commands: a text report, or JSON for programs ({@link TextOrJsonFormat}). */
    public static final class TextOrJson extends FormatChoice {
        public TextOrJson() {
            super(TEXT, JSON);
        }
    }

    /** {@code check} and {@code compare}: also JSON Lines, one decision or pair per line. */
    public static final class TextJsonOrJsonl extends FormatChoice {
        public TextJsonOrJsonl() {
            super(TEXT, JSON, JSONL);
        }
    }

    /** {@code classify}: JSON, an aligned table, or CSV. */
    public static final class JsonTableOrCsv extends FormatChoice {
        public JsonTableOrCsv() {
            super(JSON, TABLE, CSV);
        }
    }

    /** {@code decisions show}: the document as printed, or on one line. */
    public static final class JsonOrJsonl extends FormatChoice {
        public JsonOrJsonl() {
            super(JSON, JSONL);
        }
    }

    /** {@code catalog list}: an aligned table, or JSON. */
    public static final class TableOrJson extends FormatChoice {
        public TableOrJson() {
            super(TABLE, JSON);
        }
    }
}
