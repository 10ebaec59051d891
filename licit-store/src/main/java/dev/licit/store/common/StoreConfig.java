package dev.licit.store.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the store lives and how it behaves. Sealed once built (a record); open it with
 * {@link dev.licit.store.LicitStore#open(StoreConfig)}.
 *
 * <p>By default the store is an embedded H2 file database under {@code LICIT_HOME/db}, opened with
 * {@code AUTO_SERVER=TRUE}: the first process to open it serves it to the others over a local TCP
 * port, so a {@code licit} admin command works on the same home while a server holds the store
 * open, and its writes are seen at once. For production, a PostgreSQL JDBC URL
 * ({@code --db URL} or {@code LICIT_DB}).
 *
 * @param jdbcUrl {@code jdbc:h2:file:...} or {@code jdbc:postgresql://...}
 * @param user database user, or null to take it from the URL (H2 default {@code sa})
 * @param password database password, or null
 * @param poolSize connections in the pool (a server wants several; the CLI needs two)
 * @param clock the store's time source: decision stamps, audit times, NAC waiting periods, license expiry
 * @param retention how far back list re-screening looks (15 CFR 762.6: five years)
 * @param auditKey the key audit rows are hashed under (see {@link AuditKey}), or null: rows are then
 *     hashed without a key, as before keys existed, and a chain that is already keyed refuses writes
 * @param clearanceValidity how long a false-positive clearance holds after its review date (default
 *     365 days, {@value #CLEARANCE_DAYS_ENV}); after it the same hit is raised again
 */
public record StoreConfig(
        String jdbcUrl,
        String user,
        String password,
        int poolSize,
        Clock clock,
        Period retention,
        AuditKey auditKey,
        Period clearanceValidity) {
    /** Environment variable naming a JDBC URL, the same as {@code --db}. */
    public static final String DB_ENV = "LICIT_DB";

    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new StoreInputException("--db: a JDBC URL starting with jdbc:postgresql: or jdbc:h2: is needed, got '"
                    + masked(jdbcUrl) + "'");
        }
        if (poolSize < 1 || poolSize > 200) {
            throw new StoreInputException("poolSize must be between 1 and 200, got " + poolSize);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(clearanceValidity, "clearanceValidity");
        if (clearanceValidity.isNegative() || clearanceValidity.isZero()) {
            throw new StoreInputException("clearance validity must be positive, got " + clearanceValidity);
        }
    }

    /** Environment variable: days a false-positive clearance holds (default {@value #DEFAULT_CLEARANCE_DAYS}). */
    public static final String CLEARANCE_DAYS_ENV = "LICIT_CLEARANCE_DAYS";

    public static final int DEFAULT_CLEARANCE_DAYS = 365;

    /** {@value #CLEARANCE_DAYS_ENV} when set (1 to 3650 days), else 365 days. */
    static Period clearanceValidityFromEnvironment() {
        String v = System.getenv(CLEARANCE_DAYS_ENV);
        if (v == null || v.isBlank()) {
            return Period.ofDays(DEFAULT_CLEARANCE_DAYS);
        }
        try {
            int days = Integer.parseInt(v.strip());
            if (days >= 1 && days <= 3650) {
                return Period.ofDays(days);
            }
        } catch (NumberFormatException e) {
            // refused below, naming the variable
        }
        throw new StoreInputException(CLEARANCE_DAYS_ENV + ": a whole number of days from 1 to 3650, got '" + v + "'");
    }

    /** Where an embedded store keeps the password of its H2 database, under the home: read by every process of the user. */
    public static final String DATABASE_PASSWORD_FILE = "keys/h2.password";

    /**
     * The embedded H2 file database under {@code home/db}. Makes the home private to its user
     * ({@code rwx------}, and a home written before, lists included, is brought in line once) and
     * reads the database password from {@value #DATABASE_PASSWORD_FILE}, creating it (256 random
     * bits, {@code rw-------}) the first time: H2's {@code AUTO_SERVER} serves the file over TCP,
     * and with the old {@code sa} and empty password anyone who reached the port could write to it.
     */
    public static StoreConfig embedded(Path home) {
        Path root = home.toAbsolutePath().normalize();
        secureHome(root);
        Path file = root.resolve("db").resolve("licit");
        String password = PrivateFiles.secret(root.resolve(DATABASE_PASSWORD_FILE), 32);
        return url("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000", "sa", password)
                .withAuditKey(AuditKey.forHome(root));
    }

    /** The home {@code rwx------}; what an earlier version left readable (its lists, its database) made private once. */
    private static void secureHome(Path home) {
        try {
            boolean wasPrivate = Files.isDirectory(home)
                    && PrivateFiles.posix()
                    && Files.getPosixFilePermissions(home).equals(PrivateFiles.OWNER_ONLY_DIRECTORY);
            PrivateFiles.directory(home);
            if (!wasPrivate) {
                PrivateFiles.restrictTree(home);
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw new StoreException(
                    "cannot make the data home " + home + " private to its user: " + e.getMessage(), e);
        }
    }

    /** A store at a JDBC URL; its audit key is {@value AuditKey#ENV} when set (see {@link #withAuditKey}). */
    public static StoreConfig url(String jdbcUrl, String user, String password) {
        return new StoreConfig(
                jdbcUrl,
                user,
                password,
                4,
                Clock.systemUTC(),
                Period.ofYears(5),
                AuditKey.fromEnvironment().orElse(null),
                clearanceValidityFromEnvironment());
    }

    /**
     * The store a command should use: {@code --db} when given, else {@code LICIT_DB}, else the
     * embedded database of the home. {@code LICIT_DB_USER} and {@code LICIT_DB_PASSWORD} supply
     * credentials that should not sit in a URL.
     */
    public static StoreConfig resolve(Path home, String dbOption) {
        String url = dbOption != null && !dbOption.isBlank() ? dbOption : System.getenv(DB_ENV);
        if (url == null || url.isBlank()) {
            return embedded(home);
        }
        return url(url.strip(), System.getenv("LICIT_DB_USER"), System.getenv("LICIT_DB_PASSWORD"))
                .withAuditKey(AuditKey.forHome(home));
    }

    public StoreConfig withClock(Clock c) {
        return new StoreConfig(jdbcUrl, user, password, poolSize, c, retention, auditKey, clearanceValidity);
    }

    public StoreConfig withAuditKey(AuditKey key) {
        return new StoreConfig(jdbcUrl, user, password, poolSize, clock, retention, key, clearanceValidity);
    }

    public StoreConfig withPoolSize(int size) {
        return new StoreConfig(jdbcUrl, user, password, size, clock, retention, auditKey, clearanceValidity);
    }

    public StoreConfig withClearanceValidity(Period validity) {
        return new StoreConfig(jdbcUrl, user, password, poolSize, clock, retention, auditKey, validity);
    }

    /**
     * The same store for a process that opens it for one command and closes it: an embedded H2 file
     * is not compacted when it closes ({@code MAX_COMPACT_TIME=0}; H2 spends up to 200 ms compacting on
     * every close otherwise, a fifth of a short command). Free space is still reused by later writes;
     * the file grew by about 23 KB a command against 16 KB with compaction (90 screens and checks), and
     * the server, which keeps the store open, compacts in the background and on close as before. Any
     * other store is returned as it is.
     */
    public StoreConfig forOneCommand() {
        if (!isH2() || !jdbcUrl.contains(";AUTO_SERVER=TRUE") || jdbcUrl.contains("MAX_COMPACT_TIME")) {
            return this;
        }
        return new StoreConfig(
                jdbcUrl + ";MAX_COMPACT_TIME=0",
                user,
                password,
                poolSize,
                clock,
                retention,
                auditKey,
                clearanceValidity);
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /**
     * The database file of an embedded H2 store ({@code jdbc:h2:file:PATH} or {@code jdbc:h2:PATH},
     * without H2's {@code .mv.db} suffix); empty for PostgreSQL, in-memory and remote H2.
     */
    public Optional<Path> h2File() {
        if (!isH2()) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0) {
            rest = rest.substring(0, semicolon);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.matches("(?s)[A-Za-z]{2,}:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, nioMapped: ...: not a plain local file
        }
        if (rest.isBlank()) {
            return Optional.empty();
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return Optional.of(Path.of(rest).toAbsolutePath().normalize());
    }

    /** The URL with any password hidden, for messages and logs. */
    public String describe() {
        return masked(jdbcUrl);
    }

    static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "StoreConfig[" + describe() + ", pool " + poolSize + ", retention "
                + retention.toString().toLowerCase(Locale.ROOT) + "]";
    }
}
