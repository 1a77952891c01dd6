package dev.drop.platform.core.internal.idempotency;

import dev.drop.platform.core.internal.persistence.IdempotencyMapper;
import dev.drop.platform.core.internal.persistence.IdempotencyRow;
import dev.drop.platform.core.internal.persistence.PlatformStore;
import dev.drop.platform.db.Idempotency;
import dev.drop.platform.db.IdempotentRequest;
import dev.drop.platform.db.IdempotentWork;
import dev.drop.platform.db.Reply;
import dev.drop.platform.db.SqlFailures;
import dev.drop.platform.web.StoredResponse;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.web.JsonBodies;
import dev.drop.platform.web.RequestIds;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.MDC;

/**
 * {@link Idempotency} over {@code platform.idempotency_key}. A request first claims its key in a short transaction of
 * its own (an attempt holds it for a lease, so a retry of an attempt that died runs again once the lease is over);
 * the effect's transaction then keeps the response, on the condition that the claim still holds. Whatever happens in
 * between, the effect and the record of its answer commit together or not at all.
 */
@Component(configurationPid = "dev.drop.platform.idempotency", service = {Idempotency.class, StoredIdempotency.class})
@Designate(ocd = StoredIdempotency.Config.class)
public final class StoredIdempotency implements Idempotency {

    @ObjectClassDefinition(name = "Drop idempotency keys")
    public @interface Config {
        @AttributeDefinition(description = "Hours a key and its response are kept; the same key later is a new request.")
        int retentionHours() default 24;

        @AttributeDefinition(description = "Seconds an attempt holds its key; a retry after that runs again if the attempt"
                + " died without an answer.")
        int leaseSeconds() default 30;
    }

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final ProblemType IN_USE = ProblemType.of("idempotency-key-in-use", "Request in progress", 409);
    private static final ProblemType REUSED = ProblemType.of("idempotency-key-reused", "Idempotency-Key reused", 422);

    private final Transactions platform;
    private final JsonBodies json;
    private final Duration retention;
    private final Duration lease;
    private final Clock clock;

    @Activate
    public StoredIdempotency(Config config, @Reference PlatformStore store, @Reference JsonBodies json) {
        this(store.transactions(), json, config, Clock.systemUTC());
    }

    StoredIdempotency(Transactions platform, JsonBodies json, Config config, Clock clock) {
        this.platform = platform;
        this.json = json;
        this.retention = Duration.ofHours(config.retentionHours());
        this.lease = Duration.ofSeconds(config.leaseSeconds());
        this.clock = clock;
    }

    @Override
    public StoredResponse perform(IdempotentRequest request, Transactions transactions, IdempotentWork work) {
        String fingerprint = Fingerprint.of(request, json.write(request.payload()));
        Claim claim = claim(request, fingerprint);
        if (claim.kept() != null) {
            return claim.kept();
        }
        try {
            return transactions.inTransaction(session -> {
                Reply reply = work.perform(session, claim.requestId());
                StoredResponse answer = new StoredResponse(reply.status(), JSON, reply.location(), json.write(reply.body()), false);
                platform.joined(session, joined -> {
                    keep(joined, request, claim, answer);
                    return null;
                });
                return answer;
            });
        } catch (LostClaim lost) {
            throw inUse(request);
        } catch (ProblemException refused) {
            int status = refused.problem().status();
            if (status >= 500 || status == 429) {
                release(request, claim);
                throw refused;
            }
            StoredResponse answer = new StoredResponse(status, PROBLEM_JSON, null, json.write(refused.problem()
                    .withInstance(RequestIds.instance(MDC.get(RequestIds.MDC_KEY)))), false);
            try {
                platform.run(session -> keep(session, request, claim, answer));
            } catch (LostClaim lost) {
                throw inUse(request);
            }
            return answer;
        } catch (RuntimeException | Error failure) {
            release(request, claim);
            throw failure;
        }
    }

    /** Removes the keys whose retention is over. */
    public int forgetExpired() {
        return platform.inTransaction(session -> session.getMapper(IdempotencyMapper.class).deleteExpired(clock.instant()));
    }

    private Claim claim(IdempotentRequest request, String fingerprint) {
        Instant now = now();
        IdempotencyRow fresh = new IdempotencyRow(request.caller(), request.key(), fingerprint, UUID.randomUUID(),
                IdempotencyRow.STARTED, UUID.randomUUID(), now.plus(lease), null, null, null, null, now, now.plus(retention));
        try {
            // one statement committing on its own: one round trip, where a transaction takes three
            platform.query(session -> {
                session.getMapper(IdempotencyMapper.class).insert(fresh);
                return null;
            });
            return new Claim(fresh.requestId(), fresh.lockToken(), null);
        } catch (RuntimeException taken) {
            if (!SqlFailures.isUniqueViolation(taken)) {
                throw taken;
            }
        }
        return platform.inTransaction(session -> {
            IdempotencyMapper keys = session.getMapper(IdempotencyMapper.class);
            IdempotencyRow row = keys.lock(request.caller(), request.key()).orElse(null);
            switch (ClaimDecision.of(row, fingerprint, now)) {
                case NEW -> {
                    if (row == null) {
                        keys.insert(fresh);
                    } else {
                        keys.restart(fresh);
                    }
                    return new Claim(fresh.requestId(), fresh.lockToken(), null);
                }
                case RETRY -> {
                    IdempotencyRow again = new IdempotencyRow(row.scope(), row.idemKey(), fingerprint, row.requestId(),
                            IdempotencyRow.STARTED, UUID.randomUUID(), now.plus(lease), null, null, null, null,
                            row.createdAt(), row.expiresAt());
                    keys.restart(again);
                    return new Claim(again.requestId(), again.lockToken(), null);
                }
                case REPLAY -> {
                    return new Claim(row.requestId(), null, new StoredResponse(row.status(), row.contentType(),
                            row.location(), row.body().getBytes(StandardCharsets.UTF_8), true));
                }
                case IN_PROGRESS -> throw inUse(request);
                default -> throw REUSED.exception("The Idempotency-Key '" + request.key() + "' was used for a different"
                        + " request; use a new key for a new request.");
            }
        });
    }

    private void keep(SqlSession session, IdempotentRequest request, Claim claim, StoredResponse answer) {
        int kept = session.getMapper(IdempotencyMapper.class).complete(request.caller(), request.key(), claim.token(),
                answer.status(), answer.contentType(), answer.location(), answer.text());
        if (kept != 1) {
            throw new LostClaim();
        }
    }

    private void release(IdempotentRequest request, Claim claim) {
        try {
            platform.run(session -> session.getMapper(IdempotencyMapper.class).release(request.caller(), request.key(),
                    claim.token(), now()));
        } catch (RuntimeException ignored) {
            // the lease runs out on its own; the failure that got us here is what the caller must hear about
        }
    }

    private static ProblemException inUse(IdempotentRequest request) {
        return new ProblemException(IN_USE.problem("A request with the Idempotency-Key '" + request.key()
                + "' is still being processed; retry in a moment to get its answer."), Map.of("Retry-After", "1"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** An attempt's claim: the request's stable id and the token it holds the key with, or the kept answer. */
    private record Claim(UUID requestId, UUID token, StoredResponse kept) {
    }

    /** The attempt held the key too long and another took it over: this one must not take effect. */
    private static final class LostClaim extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostClaim() {
            super("lost the idempotency key to a later attempt", null, false, false);
        }
    }
}
