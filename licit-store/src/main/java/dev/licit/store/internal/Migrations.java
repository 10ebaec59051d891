package dev.licit.store.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The schema migrations Licit ships, and whether a store has applied exactly those.
 *
 * <p>Why a list instead of Flyway's own discovery: Flyway finds migrations by scanning the class
 * path (the whole CLI jar) and loads a few hundred classes to do it, on every open, although a
 * store's schema is almost always current. With the list, opening a current store costs one query
 * of Flyway's history table; anything else (a fresh database, an older or newer schema, a failed
 * or edited migration, a history that cannot be read) goes through Flyway as before. A test checks
 * the list against the resource directory, so a migration added there and not here fails the build.
 */
final class Migrations {
    /** Where the scripts are, as Flyway's {@code classpath:} location. */
    static final String LOCATION = "dev/licit/store/migration";
    /** The shipped scripts, oldest first, named as Flyway wants: {@code V<version>__<description>.sql}. */
    static final List<String> SHIPPED = List.of(
            "V1__schema.sql",
            "V2__keyed_append_only_audit.sql",
            "V3__ownership.sql",
            "V4__bound_authorizations_four_eyes.sql",
            "V5__webhooks.sql",
            "V6__partial_shipments.sql",
            "V7__case_reason_codes.sql",
            "V8__document_as_utf8.sql");

    private Migrations() {}

    /** One row of Flyway's {@code flyway_schema_history}. */
    record Applied(String version, String description, String type, String script, Integer checksum, boolean success) {}

    /** A shipped script as Flyway would record it once applied. */
    record Script(String version, String description, String script, int checksum) {}

    /** The shipped scripts with their checksums, read once per process. */
    static List<Script> shipped() {
        return Shipped.SCRIPTS;
    }

    private static final class Shipped {
        static final List<Script> SCRIPTS =
                SHIPPED.stream().map(Migrations::script).toList();
    }

    /**
     * True when the history is exactly the shipped scripts, in order, each applied successfully
     * with the checksum the script has now: then Flyway's migrate would validate and apply nothing.
     * Any other history (missing, older, newer, failed, edited, baselined) is false. The row
     * recording the creation of the history table itself is not a migration and is passed over.
     */
    static boolean current(List<Applied> history, List<Script> shipped) {
        // Flyway notes the creation of its table as a row of its own; it applies nothing
        history = history.stream()
                .filter(a -> !("TABLE".equals(a.type()) && a.version() == null))
                .toList();
        if (history.size() != shipped.size()) {
            return false;
        }
        for (int i = 0; i < shipped.size(); i++) {
            Applied a = history.get(i);
            Script s = shipped.get(i);
            if (!a.success()
                    || !"SQL".equals(a.type())
                    || !s.version().equals(a.version())
                    || !s.description().equals(a.description())
                    || !s.script().equals(a.script())
                    || a.checksum() == null
                    || a.checksum() != s.checksum()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Flyway's history in the order it was applied, or empty when it cannot be read (on a fresh
     * database the table does not exist). Read in auto-commit (the pool's default), so that a
     * failed query leaves no spoilt PostgreSQL transaction behind.
     */
    static Optional<List<Applied>> history(Connection c) {
        String sql = "SELECT \"version\", \"description\", \"type\", \"script\", \"checksum\", \"success\""
                + " FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<Applied> rows = new ArrayList<>();
            while (rs.next()) {
                int checksum = rs.getInt(5);
                rows.add(new Applied(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.wasNull() ? null : checksum,
                        rs.getBoolean(6)));
            }
            return Optional.of(rows);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** Version and description from the file name, as Flyway derives them ({@code V1_2__add_x.sql}: 1.2, "add x"). */
    static Script script(String file) {
        int sep = file.indexOf("__");
        if (!file.startsWith("V") || sep < 2 || !file.endsWith(".sql")) {
            throw new IllegalArgumentException("not a versioned migration name: " + file);
        }
        String version = file.substring(1, sep).replace('_', '.');
        String description =
                file.substring(sep + 2, file.length() - ".sql".length()).replace('_', ' ');
        return new Script(version, description, file, checksum(file));
    }

    /**
     * Flyway's checksum of a script (its {@code ChecksumCalculator}): a CRC32 over the UTF-8 bytes
     * of each line without its line break, a byte order mark dropped from the first line. Computed
     * over the script as shipped, before placeholders are replaced. A test compares it with what
     * Flyway records; were Flyway to change it, stores would only be migrated through Flyway again.
     */
    static int checksum(String file) {
        String resource = "/" + LOCATION + "/" + file;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the build");
            }
            return checksum(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + resource, e);
        }
    }

    static int checksum(Reader script) throws IOException {
        BufferedReader r = new BufferedReader(script);
        CRC32 crc = new CRC32();
        String line = r.readLine();
        if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        while (line != null) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
            line = r.readLine();
        }
        return (int) crc.getValue();
    }
}
