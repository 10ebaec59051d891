package dev.licit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.chip.ItemSpec;
import dev.licit.core.chip.SystemSpec;
import dev.licit.core.io.ChipCsvReader;
import dev.licit.core.io.ChipSpecReader;
import dev.licit.core.io.InputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the items to classify from a CSV (chips-public.csv columns) or JSON (chip specs) file. */
final class ChipInputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChipInputs() {
    }

    static List<ItemSpec> read(Path file, ChipCatalog catalog) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return json(file.toString(), text, catalog);
        }
        List<ItemSpec> out = new ArrayList<>();
        try (Reader r = new StringReader(text)) {
            ChipCsvReader.read(file.toString(), r).forEach(row -> out.add(row.chip()));
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    private static List<ItemSpec> json(String source, String text, ChipCatalog catalog) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(source + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
        }
        List<ItemSpec> out = new ArrayList<>();
        if (root.isObject() && root.has("chips") && root.get("chips").isArray()) {
            root = root.get("chips");
        }
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                out.add(one(root.get(i), source + ": [" + i + "]", catalog));
            }
        } else {
            out.add(one(root, source, catalog));
        }
        if (out.isEmpty()) {
            throw new InputException(source + ": no chips in it");
        }
        return out;
    }

    private static ItemSpec one(JsonNode n, String where, ChipCatalog catalog) {
        if (n.hasNonNull("catalogId")) {
            String id = n.get("catalogId").asText();
            return catalog.find(id).orElseThrow(() -> new InputException(where + ".catalogId: unknown catalog id \"" + id + "\"")).spec();
        }
        if (n.hasNonNull("hbm")) {
            return ChipSpecReader.readHbm(n.get("hbm"), where + ".hbm");
        }
        if (n.hasNonNull("system")) {
            JsonNode chips = n.get("system").get("chips");
            if (chips == null || !chips.isArray() || chips.isEmpty()) {
                throw new InputException(where + ".system.chips: a non-empty list is required");
            }
            List<SystemSpec.Component> comps = new ArrayList<>();
            for (int i = 0; i < chips.size(); i++) {
                JsonNode c = chips.get(i);
                int count = c.hasNonNull("count") ? c.get("count").asInt(1) : 1;
                comps.add(new SystemSpec.Component(ChipSpecReader.read(c.get("chip"), where + ".system.chips[" + i + "].chip"), count));
            }
            JsonNode model = n.get("system").get("model");
            return new SystemSpec(model == null ? null : model.asText(), comps);
        }
        if (n.hasNonNull("chip")) {
            return ChipSpecReader.read(n.get("chip"), where + ".chip");
        }
        return ChipSpecReader.read(n, where);
    }
}
