package dev.licit.cli;

import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.chip.ItemSpec;
import dev.licit.core.io.ChipCsvReader;
import dev.licit.core.io.InputException;
import dev.licit.core.io.ItemReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the items to classify from a CSV (chips-public.csv columns) or JSON file; JSON goes through
 * the core's one item reader, as the API's does.
 */
final class ChipInputs {
    private ChipInputs() {}

    static ItemReader.Specs read(Path file, ChipCatalog catalog) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return new ItemReader(catalog).readSpecs(file.toString(), text);
        }
        List<ItemSpec> out = new ArrayList<>();
        try (Reader r = new StringReader(text)) {
            ChipCsvReader.read(file.toString(), r).forEach(row -> out.add(row.chip()));
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        return new ItemReader.Specs(null, out);
    }
}
