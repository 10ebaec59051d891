package dev.licit.screening.ownership;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.json.Json;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.imports.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The objects of a JSON array, each with the line it starts on, so a refusal can point at it. */
final class JsonElements {

    record Element(long line, JsonNode node) {}

    private JsonElements() {}

    /**
     * The elements of the top-level array, or of the array under {@code member} of a top-level
     * object ({@code member} null: the top level must be an array).
     */
    static List<Element> read(SourceFile f, String member) throws ImportException {
        List<Element> out = new ArrayList<>();
        String text = f.text().startsWith("\uFEFF") ? f.text().substring(1) : f.text();
        try (JsonParser p = Json.COMPACT.createParser(text)) {
            JsonToken t = p.nextToken();
            if (member == null) {
                if (t != JsonToken.START_ARRAY) {
                    throw new ImportException(f.name(), 1, "expected a JSON array");
                }
                elements(f, p, out);
            } else {
                if (t != JsonToken.START_OBJECT) {
                    throw new ImportException(f.name(), 1, "expected a JSON object with '" + member + "'");
                }
                boolean found = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals(member)) {
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            throw new ImportException(
                                    f.name(), p.currentLocation().getLineNr(), "'" + member + "' must be an array");
                        }
                        found = true;
                        elements(f, p, out);
                    } else {
                        p.skipChildren();
                    }
                }
                if (!found) {
                    throw new ImportException(f.name(), 1, "no '" + member + "' array");
                }
            }
            if (p.nextToken() != null) {
                throw new ImportException(f.name(), p.currentLocation().getLineNr(), "trailing content after JSON");
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportException(f.name(), line, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException(f.name(), 0, "cannot read JSON: " + e.getMessage(), e);
        }
        return out;
    }

    private static void elements(SourceFile f, JsonParser p, List<Element> out) throws IOException, ImportException {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = p.currentLocation().getLineNr();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new ImportException(f.name(), line, "each element must be a JSON object");
            }
            out.add(new Element(line, p.readValueAsTree()));
        }
    }

    /** The top-level member names of a JSON object file, or an empty list when it is not one. */
    static String firstMember(SourceFile f) {
        String text = f.text().startsWith("\uFEFF") ? f.text().substring(1) : f.text();
        try (JsonParser p = Json.COMPACT.createParser(text)) {
            if (p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME) {
                return p.currentName();
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }
}
