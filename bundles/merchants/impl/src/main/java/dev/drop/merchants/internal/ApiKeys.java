package dev.drop.merchants.internal;

import dev.drop.merchants.MerchantRole;
import dev.drop.merchants.MerchantStatus;
import dev.drop.merchants.internal.persistence.ApiKeyRow;
import dev.drop.merchants.internal.persistence.MerchantMapper;
import dev.drop.merchants.internal.persistence.MerchantsStore;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.FieldError;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.platform.security.InvalidTokenException;
import dev.drop.platform.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * API keys: credentials a merchant's integrations (a till, a script) send as bearer tokens. A key is 256 random bits,
 * shown once; only its SHA-256 is stored (the secret is random, so a fast hash is enough to make a stolen table
 * useless). Its scopes name what it may do, and only ever at its own merchant.
 */
@Component(service = ApiKeys.class)
public final class ApiKeys {

    /** Every key starts with this, so the platform knows whose verifier to ask. */
    public static final String PREFIX = "dmk_";
    public static final String READ = "catalog:read";
    public static final String WRITE = "catalog:write";
    /** Scopes the transactions module checks: reading a merchant's payments, taking payments and refunding. */
    public static final String PAYMENTS_READ = "payments:read";
    public static final String PAYMENTS_WRITE = "payments:write";
    private static final Set<String> SCOPES = Set.of(READ, WRITE, PAYMENTS_READ, PAYMENTS_WRITE);
    private static final String MERCHANT_SCOPE = "merchant:";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final int MAX_ACTIVE_KEYS = 25;

    /** A key as listed: never its secret. */
    public record Key(UUID id, String name, String prefix, Set<String> scopes, Instant createdAt, String createdBy,
                      Instant lastUsedAt, Instant revokedAt) {
    }

    /** A key just created, with the secret its creator sees this once. */
    public record Created(Key key, String secret) {
    }

    private final Transactions transactions;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private final Map<UUID, Instant> touched = new ConcurrentHashMap<>();

    @Activate
    public ApiKeys(@Reference MerchantsStore store, @Reference AuditLog audit) {
        this.transactions = store.transactions();
        this.audit = audit;
    }

    public Created create(UUID merchant, String name, List<String> scopes, String actor) {
        List<FieldError> errors = new ArrayList<>();
        MerchantRules.name("name", name, 80, errors);
        if (scopes == null || scopes.isEmpty() || !SCOPES.containsAll(scopes)) {
            errors.add(new FieldError("scopes", "must list some of " + READ + ", " + WRITE + ", " + PAYMENTS_READ
                    + ", " + PAYMENTS_WRITE));
        }
        if (!errors.isEmpty()) {
            throw ProblemType.VALIDATION.exception("The API key is not valid.", errors);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ApiKeyRow row = new ApiKeyRow(UUID.randomUUID(), merchant, name.strip(), secret.substring(0, PREFIX.length() + 6),
                sha256(secret), String.join(" ", new LinkedHashSet<>(scopes)), now, actor, null, null);
        transactions.run(db -> {
            MerchantMapper mapper = db.getMapper(MerchantMapper.class);
            if (mapper.apiKeys(merchant).stream().filter(key -> key.revokedAt() == null).count() >= MAX_ACTIVE_KEYS) {
                throw ProblemType.CONFLICT.exception("A merchant has at most " + MAX_ACTIVE_KEYS
                        + " active API keys; revoke one first.");
            }
            mapper.insertApiKey(row);
        });
        audit.record(actor, "merchant.apikey.create", "merchant:" + merchant, "key " + row.id() + " '" + row.name()
                + "' with " + row.scopes());
        return new Created(key(row), secret);
    }

    public List<Key> list(UUID merchant) {
        return transactions.read(db -> db.getMapper(MerchantMapper.class).apiKeys(merchant)).stream().map(ApiKeys::key).toList();
    }

    public void revoke(UUID merchant, UUID key, String actor) {
        int revoked = transactions.inTransaction(db -> db.getMapper(MerchantMapper.class).revokeApiKey(merchant, key,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        if (revoked == 0 && list(merchant).stream().noneMatch(listed -> listed.id().equals(key))) {
            throw ProblemType.NOT_FOUND.exception("The merchant has no API key " + key + ".");
        }
        if (revoked == 1) {
            audit.record(actor, "merchant.apikey.revoke", "merchant:" + merchant, "key " + key);
        }
    }

    boolean recognizes(String token) {
        return token.startsWith(PREFIX) && token.length() < 100;
    }

    /** The caller a key stands for: scoped to its merchant; refused when revoked or the merchant is suspended. */
    Caller verify(String token) {
        Optional<ApiKeyRow> found = transactions.read(db -> db.getMapper(MerchantMapper.class).apiKeyBySecretHash(sha256(token)));
        if (found.isEmpty() || found.get().revokedAt() != null) {
            throw new InvalidTokenException("The API key is unknown or revoked.");
        }
        ApiKeyRow key = found.get();
        boolean suspended = transactions.read(db -> db.getMapper(MerchantMapper.class).find(key.merchantId()))
                .map(merchant -> MerchantStatus.SUSPENDED.name().equals(merchant.status())).orElse(true);
        if (suspended) {
            throw new InvalidTokenException("The merchant of this API key is suspended.");
        }
        touch(key.id());
        Set<String> scopes = new LinkedHashSet<>(List.of(key.scopes().split(" ")));
        scopes.add(MERCHANT_SCOPE + key.merchantId());
        return new Caller("apikey:" + key.id(), Set.of(Role.MERCHANT), null, scopes);
    }

    /** What an API key caller may do at a merchant: nothing at any merchant but its own. */
    Optional<MerchantRole> roleAt(UUID merchant, Caller caller) {
        if (!caller.scopes().contains(MERCHANT_SCOPE + merchant)) {
            return Optional.empty();
        }
        return Optional.of(caller.scopes().contains(WRITE) ? MerchantRole.MANAGER : MerchantRole.VIEWER);
    }

    /** Notes when a key was last used, at most once a minute per key, so using a key is not a write every time. */
    private void touch(UUID key) {
        Instant now = clock.instant();
        Instant last = touched.get(key);
        if (last == null || last.plus(TOUCH_EVERY).isBefore(now)) {
            touched.put(key, now);
            transactions.run(db -> db.getMapper(MerchantMapper.class).touchApiKey(key, now.truncatedTo(ChronoUnit.MICROS)));
        }
    }

    private static Key key(ApiKeyRow row) {
        return new Key(row.id(), row.name(), row.prefix(), new LinkedHashSet<>(List.of(row.scopes().split(" "))),
                row.createdAt(), row.createdBy(), row.lastUsedAt(), row.revokedAt());
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
