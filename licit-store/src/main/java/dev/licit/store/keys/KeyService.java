package dev.licit.store.keys;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import dev.licit.store.audit.AuditWriter;
import dev.licit.store.common.Actor;
import dev.licit.store.common.ConflictException;
import dev.licit.store.common.NotFoundException;
import dev.licit.store.common.StoreInputException;
import dev.licit.store.internal.Database;
import dev.licit.store.internal.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API keys for the server. A key is {@code lk_<id>_<secret>}: the id (public, 12 hex digits) finds
 * the row, the secret is 256 random bits. Only SHA-256 of the whole key is stored: a 256-bit random
 * key needs no salt or slow hash, since nothing about it can be guessed. Verification compares
 * hashes in constant time. Creating and revoking keys are audit events (the secret never is).
 * Thread-safe.
 */
public final class KeyService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;

    public KeyService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Creates a key; the returned secret is the only copy there will ever be. */
    public IssuedKey create(String name, KeyRole role, Actor actor) {
        return create(name, role, KeyScope.OWN, actor);
    }

    /** Creates a key with a scope (which decisions a requester key sees and ships). */
    public IssuedKey create(String name, KeyRole role, KeyScope scope, Actor actor) {
        java.util.Objects.requireNonNull(scope, "scope");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new StoreInputException("key name: 1 to 200 characters saying who or what holds the key");
        }
        byte[] idBytes = new byte[6];
        RANDOM.nextBytes(idBytes);
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        String id = HexFormat.of().formatHex(idBytes);
        String secret =
                "lk_" + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        ApiKey key = db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            h.createUpdate("INSERT INTO api_key (id, name, role, key_hash, created_by, created_at, scope) VALUES (:id,"
                            + " :n, :r, :h, :by, :at, :scope)")
                    .bind("scope", scope.name())
                    .bind("id", id)
                    .bind("n", name.strip())
                    .bind("r", role.name())
                    .bind("h", Hashes.sha256(secret))
                    .bind("by", actor.name())
                    .bind("at", audit.recordedAt())
                    .execute();
            ObjectNode p = Json.object();
            p.put("keyId", id);
            p.put("name", name.strip());
            p.put("role", role.name());
            p.put("scope", scope.name());
            p.put(
                    "keyHash",
                    Hashes.sha256(secret)); // the hash, never the secret: verify compares the stored row with it
            audit.append(actor, "key.created", "key:" + id, p);
            audit.finish();
            return find(h, id).orElseThrow();
        });
        return new IssuedKey(key, secret);
    }

    public List<ApiKey> list() {
        return db.read(h -> h.createQuery("SELECT * FROM api_key ORDER BY created_at, id")
                .map((rs, ctx) -> row(rs))
                .list());
    }

    public ApiKey revoke(String id, Actor actor) {
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            ApiKey k = find(h, id).orElseThrow(() -> new NotFoundException("no key " + id));
            if (!k.active()) {
                throw new ConflictException(
                        "key " + id + " was already revoked by " + k.revokedBy() + " on " + k.revokedAt());
            }
            h.createUpdate("UPDATE api_key SET revoked_by = :by, revoked_at = :at WHERE id = :id")
                    .bind("by", actor.name())
                    .bind("at", audit.recordedAt())
                    .bind("id", id)
                    .execute();
            ObjectNode p = Json.object();
            p.put("keyId", id);
            p.put("name", k.name());
            audit.append(actor, "key.revoked", "key:" + id, p);
            audit.finish();
            return find(h, id).orElseThrow();
        });
    }

    /**
     * Names the key's holder anew (a key made without a name is named after its role): the audit
     * trail and records show this name beside the key's id from then on, for its past actions too.
     */
    public ApiKey rename(String id, String name, Actor actor) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new StoreInputException("key name: 1 to 200 characters saying who or what holds the key");
        }
        return db.write(h -> {
            AuditWriter audit = AuditWriter.begin(h, clock.instant());
            ApiKey k = find(h, id).orElseThrow(() -> new NotFoundException("no key " + id));
            h.createUpdate("UPDATE api_key SET name = :n WHERE id = :id")
                    .bind("n", name.strip())
                    .bind("id", id)
                    .execute();
            ObjectNode p = Json.object();
            p.put("keyId", id);
            p.put("from", k.name());
            p.put("name", name.strip());
            audit.append(actor, "key.renamed", "key:" + id, p);
            audit.finish();
            return find(h, id).orElseThrow();
        });
    }

    /** The prefix of an actor that is an API key ({@code api-key:<id>}), as the server writes it. */
    public static final String ACTOR_PREFIX = "api-key:";

    /** Each key's holder by key id (revoked keys too: their past actions keep their names). */
    public Map<String, String> holders() {
        Map<String, String> names = new HashMap<>();
        for (ApiKey k : list()) {
            names.put(k.id(), k.name());
        }
        return names;
    }

    /**
     * The holder's name of an actor that is an API key, from {@code holders}; null for any other
     * actor (a CLI user's name is already a name) or an unknown key.
     */
    public static String holderOf(String actor, Map<String, String> holders) {
        if (actor == null || !actor.startsWith(ACTOR_PREFIX)) {
            return null;
        }
        return holders.get(actor.substring(ACTOR_PREFIX.length()));
    }

    /** {@code api-key:a65273098c7b (Kim Minji)}: the actor with its holder's name beside it when it is a key. */
    public static String withHolder(String actor, Map<String, String> holders) {
        String name = holderOf(actor, holders);
        return name == null ? actor : actor + " (" + name + ")";
    }

    /** The key a presented secret belongs to, when it is a valid, unrevoked key; empty otherwise. */
    public Optional<ApiKey> verify(String presented) {
        if (presented == null || !presented.matches("lk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String id = presented.substring(3, 15);
        return db.read(h -> h.createQuery("SELECT * FROM api_key WHERE id = :id")
                        .bind("id", id)
                        .map((rs, ctx) -> new Object[] {row(rs), rs.getString("key_hash")})
                        .findOne())
                .filter(r -> MessageDigest.isEqual(
                        ((String) r[1]).getBytes(StandardCharsets.US_ASCII),
                        Hashes.sha256(presented).getBytes(StandardCharsets.US_ASCII)))
                .map(r -> (ApiKey) r[0])
                .filter(ApiKey::active);
    }

    /** The role of a presented key, or empty when the key is unknown, wrong or revoked. */
    public Optional<KeyRole> roleOf(String presented) {
        return verify(presented).map(ApiKey::role);
    }

    private static Optional<ApiKey> find(org.jdbi.v3.core.Handle h, String id) {
        return h.createQuery("SELECT * FROM api_key WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    private static ApiKey row(ResultSet rs) throws SQLException {
        return new ApiKey(
                rs.getString("id"),
                rs.getString("name"),
                KeyRole.valueOf(rs.getString("role")),
                rs.getString("created_by"),
                rs.getString("created_at"),
                rs.getString("revoked_by"),
                rs.getString("revoked_at"),
                KeyScope.valueOf(rs.getString("scope")));
    }
}
