package dev.drop.auth.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.drop.auth.internal.persistence.SigningKeyRow;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The ES256 keys access tokens are signed with. The newest key signs; a key replaced by a newer one stays published
 * (and accepted) until every token it signed has expired, so rotating keys logs nobody out.
 */
public final class SigningKeys {

    /** Where the keys are kept, shared by every node. */
    public interface Store {
        List<SigningKeyRow> all();

        void add(SigningKeyRow key);
    }

    private final Store store;
    private final Clock clock;
    private final Duration graceAfterReplacement;
    private volatile Snapshot snapshot;

    private record Snapshot(ECKey signing, JWKSet published) {
    }

    public SigningKeys(Store store, Clock clock, TokenSettings settings) {
        this.store = store;
        this.clock = clock;
        this.graceAfterReplacement = settings.lifetime().plus(settings.clockSkew());
    }

    /** Loads the keys, creating the first one when there is none. */
    public void load() {
        List<SigningKeyRow> rows = store.all();
        if (rows.isEmpty()) {
            store.add(generate());
            rows = store.all();
        }
        snapshot = snapshotOf(rows);
    }

    /** Adds a new signing key; tokens signed with the previous ones stay valid until they expire. */
    public String rotate() {
        SigningKeyRow key = generate();
        store.add(key);
        load();
        return key.kid();
    }

    ECKey signingKey() {
        return snapshot.signing();
    }

    /** The public keys tokens may be signed with, as served at {@code jwks.json}. */
    public JWKSet published() {
        return snapshot.published();
    }

    public List<SigningKeyRow> list() {
        return store.all();
    }

    private Snapshot snapshotOf(List<SigningKeyRow> rows) {
        List<SigningKeyRow> newestFirst = new ArrayList<>(rows);
        newestFirst.sort(Comparator.comparing(SigningKeyRow::createdAt).reversed());
        Instant now = clock.instant();
        List<JWK> published = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            boolean current = i == 0 || newestFirst.get(i - 1).createdAt().plus(graceAfterReplacement).isAfter(now);
            if (current) {
                published.add(parse(newestFirst.get(i).publicJwk()));
            }
        }
        return new Snapshot((ECKey) parse(newestFirst.get(0).privateJwk()), new JWKSet(published));
    }

    private SigningKeyRow generate() {
        Instant now = clock.instant();
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).issueTime(Date.from(now)).generate();
            return new SigningKeyRow(key.getKeyID(), JWSAlgorithm.ES256.getName(), key.toJSONString(),
                    key.toPublicJWK().toJSONString(), now);
        } catch (JOSEException e) {
            throw new IllegalStateException("no P-256 key could be generated", e);
        }
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key is not a JWK", e);
        }
    }
}
