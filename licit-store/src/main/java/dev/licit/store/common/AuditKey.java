package dev.licit.store.common;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key the audit chain is hashed under (HMAC-SHA256). It is kept outside the database, in
 * {@value #FILE} under the data home ({@code rw-------}, made on first use) or in the environment
 * variable {@value #ENV} (64 hex digits; several servers on one PostgreSQL database share it), so
 * that whoever can write the database but not read the key cannot rewrite a row and hash the
 * chain again: without the key the hashes cannot be made.
 */
public final class AuditKey {
    /** Environment variable holding the key as hex; wins over the file. */
    public static final String ENV = "LICIT_AUDIT_KEY";
    /** Where the key lives under the data home. */
    public static final String FILE = "keys/audit.key";

    /**
     * Initialised once and cloned for each text: looking up the provider and initialising the key
     * for every row was half of the chain's cost when many decisions are recorded (docs/PERFORMANCE.md).
     * Never used directly, so it is safe to share.
     */
    private final Mac initialised;

    private AuditKey(byte[] key) {
        if (key.length < 16) {
            throw new StoreInputException("an audit key needs at least 128 bits, got " + key.length * 8);
        }
        try {
            // the key is kept only inside the initialised Mac (SecretKeySpec copies it)
            this.initialised = Mac.getInstance("HmacSHA256");
            this.initialised.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A key from hex digits (as in {@value #ENV} or the key file). */
    public static AuditKey ofHex(String hex) {
        try {
            return new AuditKey(HexFormat.of().parseHex(hex.strip()));
        } catch (IllegalArgumentException e) {
            throw new StoreInputException("the audit key must be hex digits: " + e.getMessage());
        }
    }

    /** The key of {@value #ENV} when it is set. */
    public static Optional<AuditKey> fromEnvironment() {
        String env = System.getenv(ENV);
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(ofHex(env));
    }

    /** The key for stores of this home: {@value #ENV} when set, else the home's key file, made the first time. */
    public static AuditKey forHome(Path home) {
        return fromEnvironment()
                .orElseGet(() -> ofHex(
                        PrivateFiles.secret(home.toAbsolutePath().normalize().resolve(FILE), 32)));
    }

    /** The key of this home if there is one already ({@value #ENV}, or the key file); never makes one. */
    public static Optional<AuditKey> existing(Path home) {
        Optional<AuditKey> env = fromEnvironment();
        if (env.isPresent()) {
            return env;
        }
        Path file = home.toAbsolutePath().normalize().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ofHex(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read the audit key " + file + ": " + e.getMessage(), e);
        }
    }

    /** HMAC-SHA256 of the UTF-8 text under this key, lower-case hex. */
    public String mac(String text) {
        Mac mac;
        try {
            mac = (Mac) initialised.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
        }
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "AuditKey[***]";
    }
}
