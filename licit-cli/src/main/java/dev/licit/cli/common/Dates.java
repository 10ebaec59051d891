package dev.licit.cli.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;

/** Parses --as-of style dates with a message that names the expected form. */
public final class Dates implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a date of the form YYYY-MM-DD");
        }
    }
}
