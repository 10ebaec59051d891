package dev.licit.screening.fetch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.core.json.Json;
import dev.licit.screening.imports.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code sources.yaml}: {@code sources: [{id, url, format, ...}]}. Strict: an unknown field, a
 * missing one, an unknown format or a URL that is not http, https or file is refused with the file and
 * the line of its entry; nothing of a refused file is used.
 */
public final class ListSources {
    /** The shipped sources ({@code data/lists/sources.yaml}). */
    public static final String SHIPPED = "/licit/data/lists/sources.yaml";

    static final List<String> FIELDS = List.of(
            "id",
            "url",
            "format",
            "companions",
            "publisher",
            "licence",
            "sha256",
            "checksumUrl",
            "maxBytes",
            "enabled",
            "note");

    private static final ObjectMapper YAML = Json.YAML;

    private ListSources() {}

    /** The sources of {@code LICIT_HOME/lists/sources.yaml} when a user put one there, else the shipped ones. */
    public static List<ListSource> forHome(Path home) throws ImportException {
        Path own = home.resolve("lists").resolve("sources.yaml");
        return Files.isRegularFile(own) ? read(own) : shipped();
    }

    public static List<ListSource> shipped() throws ImportException {
        try (InputStream in = ListSources.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new ImportException("sources.yaml", 0, "the shipped sources are missing from the build");
            }
            return parse("data/lists/sources.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ImportException("sources.yaml", 0, "cannot read the shipped sources: " + e.getMessage(), e);
        }
    }

    public static List<ListSource> read(Path file) throws ImportException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    static List<ListSource> parse(String name, String text) throws ImportException {
        List<ListSource> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (JsonParser p = YAML.getFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(name, 1, "expected a mapping with 'sources:'");
            }
            boolean sawSources = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                long fieldLine = line(p.currentTokenLocation());
                p.nextToken();
                if (!field.equals("sources")) {
                    throw new ImportException(
                            name, fieldLine, "unknown field '" + field + "'; the file holds 'sources:'");
                }
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw new ImportException(name, fieldLine, "'sources' must be a list");
                }
                sawSources = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    long line = line(p.currentTokenLocation());
                    JsonNode node = YAML.readTree(p);
                    ListSource s = source(name, line, node);
                    if (!ids.add(s.id())) {
                        throw new ImportException(name, line, "source id '" + s.id() + "' appears twice");
                    }
                    out.add(s);
                }
            }
            if (!sawSources) {
                throw new ImportException(name, 1, "no 'sources:' list");
            }
        } catch (JsonProcessingException e) {
            throw new ImportException(name, line(e.getLocation()), "not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException(name, 0, "cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    private static ListSource source(String file, long line, JsonNode n) throws ImportException {
        if (!n.isObject()) {
            throw new ImportException(file, line, "each source must be a mapping of fields");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new ImportException(
                        file,
                        line,
                        "unknown field '" + f + "'; the fields of a source are " + String.join(", ", FIELDS));
            }
        }
        String id = text(file, line, n, "id", true);
        if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new ImportException(
                    file, line, "id '" + id + "' must be lower-case letters, digits and hyphens (at most 40)");
        }
        String where = "source '" + id + "': ";
        URI url = uri(file, line, where + "url", text(file, line, n, "url", true));
        String formatCode = text(file, line, n, "format", true);
        SourceFormat format = SourceFormat.ofCode(formatCode);
        if (format == null) {
            throw new ImportException(
                    file,
                    line,
                    where + "format '" + formatCode + "' is not one of " + String.join(", ", SourceFormat.codes()));
        }
        List<URI> companions = new ArrayList<>();
        JsonNode c = n.get("companions");
        if (c != null && !c.isNull()) {
            if (!c.isArray()) {
                throw new ImportException(file, line, where + "companions must be a list of URLs");
            }
            for (JsonNode u : c) {
                companions.add(uri(file, line, where + "companions", u.asText()));
            }
        }
        if (!companions.isEmpty() && format != SourceFormat.OFAC_SDN_CSV) {
            throw new ImportException(file, line, where + "only an ofac-sdn-csv source has companion files");
        }
        String sha = text(file, line, n, "sha256", false);
        if (sha != null && !sha.toLowerCase(Locale.ROOT).matches("[0-9a-f]{64}")) {
            throw new ImportException(file, line, where + "sha256 must be 64 hexadecimal digits");
        }
        String checksumUrl = text(file, line, n, "checksumUrl", false);
        long maxBytes = ListSource.DEFAULT_MAX_BYTES;
        JsonNode mb = n.get("maxBytes");
        if (mb != null && !mb.isNull()) {
            if (!mb.canConvertToLong() || mb.asLong() <= 0) {
                throw new ImportException(file, line, where + "maxBytes must be a positive whole number");
            }
            maxBytes = mb.asLong();
        }
        boolean enabled = true;
        JsonNode en = n.get("enabled");
        if (en != null && !en.isNull()) {
            if (!en.isBoolean()) {
                throw new ImportException(file, line, where + "enabled must be true or false");
            }
            enabled = en.asBoolean();
        }
        return new ListSource(
                id,
                url,
                format,
                companions,
                text(file, line, n, "publisher", false),
                text(file, line, n, "licence", false),
                sha == null ? null : sha.toLowerCase(Locale.ROOT),
                checksumUrl == null ? null : uri(file, line, where + "checksumUrl", checksumUrl),
                maxBytes,
                enabled,
                text(file, line, n, "note", false));
    }

    private static String text(String file, long line, JsonNode n, String field, boolean required)
            throws ImportException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) {
                throw new ImportException(file, line, "field '" + field + "' is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new ImportException(file, line, "field '" + field + "' must be text");
        }
        return v.asText().strip();
    }

    private static URI uri(String file, long line, String what, String text) throws ImportException {
        try {
            URI u = new URI(text);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("file")) {
                throw new ImportException(file, line, what + " '" + text + "' must be an https, http or file URL");
            }
            if (!scheme.equals("file") && (u.getHost() == null || u.getHost().isBlank())) {
                throw new ImportException(file, line, what + " '" + text + "' has no host");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new ImportException(file, line, what + " '" + text + "' is not a URL: " + e.getReason(), e);
        }
    }

    private static long line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }
}
