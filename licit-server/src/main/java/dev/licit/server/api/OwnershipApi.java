package dev.licit.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.time.Today;
import dev.licit.screening.imports.ImportException;
import dev.licit.screening.ownership.OwnershipFormat;
import dev.licit.screening.ownership.OwnershipImporter;
import dev.licit.screening.ownership.OwnershipTree;
import dev.licit.server.auth.Role;
import dev.licit.server.http.Json;
import dev.licit.server.http.Problem;
import dev.licit.store.LicitStore;
import dev.licit.store.ownership.ImportOutcome;
import dev.licit.store.ownership.OwnershipSnapshot;
import dev.licit.store.ownership.OwnershipStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ownership over HTTP: {@code POST /v1/ownership/imports} (admin; multipart {@code files}, query
 * {@code format}, {@code mode=replace|add}, {@code acceptShrink}) as {@code licit ownership import},
 * and {@code GET /v1/ownership?name=&date=} (any role) as {@code licit ownership show --format json}.
 */
public final class OwnershipApi {
    private static final ObjectMapper RECORDS = dev.licit.core.json.Json.COMPACT;

    private final LicitStore store;
    private final ScreeningSource screening;
    private final Clock clock;

    public OwnershipApi(LicitStore store, ScreeningSource screening, Clock clock) {
        this.store = store;
        this.screening = screening;
        this.clock = clock;
    }

    public void register(RoutesConfig r) {
        r.post("/v1/ownership/imports", this::importFiles, Role.ADMIN);
        r.get("/v1/ownership", this::show, Role.values());
    }

    private void importFiles(Context ctx) throws IOException {
        List<UploadedFile> files = ctx.uploadedFiles("files");
        if (files.isEmpty()) {
            throw Problem.badRequest("upload one or more ownership files in the multipart field 'files'");
        }
        OwnershipFormat format;
        try {
            format = ctx.queryParam("format") == null ? null : OwnershipFormat.parse(ctx.queryParam("format"));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("format must be ftm, bods, gleif or csv");
        }
        String mode = Optional.ofNullable(ctx.queryParam("mode")).orElse("replace");
        if (!mode.equals("replace") && !mode.equals("add")) {
            throw Problem.badRequest("mode must be replace or add");
        }
        Path dir = Files.createTempDirectory("licit-upload-");
        try {
            List<Path> paths = new ArrayList<>();
            for (UploadedFile f : files) {
                Path p = dir.resolve(StoreApi.uploadName(f.filename()));
                try (InputStream in = f.content()) {
                    Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
                }
                paths.add(p);
            }
            OwnershipImporter.Result read;
            try {
                read = OwnershipImporter.importPaths(paths, format);
            } catch (ImportException e) {
                throw Problem.badRequest(e.getMessage() + " (nothing was imported)");
            }
            // a refusal of the shrink guard is a StoreInputException: 400 with its message
            ImportOutcome o = store.ownership()
                    .importLinks(
                            read.links(),
                            read.sources(),
                            mode.equals("add") ? OwnershipStore.Mode.ADD : OwnershipStore.Mode.REPLACE,
                            "true".equals(ctx.queryParam("acceptShrink")),
                            StoreApi.actor(ctx));
            ObjectNode out = Json.object();
            out.set("import", RECORDS.valueToTree(o));
            out.set("notes", RECORDS.valueToTree(read.notes()));
            out.set(
                    "rescreening",
                    RECORDS.valueToTree(store.rescreening()
                            .afterOwnershipImport(o.snapshot(), screening.screener(), StoreApi.actor(ctx))));
            Json.send(ctx, 201, out);
        } finally {
            try (var s = Files.list(dir)) {
                s.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    private void show(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw Problem.badRequest("give the party's name: /v1/ownership?name=...");
        }
        LocalDate date;
        try {
            date = ctx.queryParam("date") == null ? Today.utc(clock) : LocalDate.parse(ctx.queryParam("date"));
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("date must be YYYY-MM-DD");
        }
        Optional<OwnershipSnapshot> current = store.ownership().current();
        OwnershipGraph g = store.ownership().graph();
        ObjectNode out = Json.object();
        out.put("name", name);
        out.put("date", date.toString());
        out.put("snapshot", current.map(OwnershipSnapshot::id).orElse(null));
        out.set("owners", RECORDS.valueToTree(OwnershipTree.owners(g, name, date)));
        out.set("holdings", RECORDS.valueToTree(OwnershipTree.holdings(g, name, date)));
        Json.ok(ctx, out);
    }
}
