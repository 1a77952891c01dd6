package dev.drop.platform.core.internal.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drop.platform.core.internal.persistence.PlatformStore;
import dev.drop.platform.db.IdempotentRequest;
import dev.drop.platform.db.IdempotentWork;
import dev.drop.platform.db.ModuleSchema;
import dev.drop.platform.db.Reply;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.db.internal.InMemoryDatabase;
import dev.drop.platform.db.internal.MovableClock;
import dev.drop.platform.problem.ProblemException;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.web.StoredResponse;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoredIdempotencyTest {

    record Payment(long amount, String to) {
    }

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final Transactions platform = new PlatformStore(database).transactions();
    private final Transactions module = database.open(ModuleSchema.of("effects", StoredIdempotencyTest.class, List.of(), List.of()));
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final StoredIdempotency keys = new StoredIdempotency(platform,
            value -> String.valueOf(value).getBytes(StandardCharsets.UTF_8), config(24, 30), clock);
    private final ExecutorService pool = Executors.newFixedThreadPool(20);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aRetryGetsTheKeptAnswerByteForByteAndTheEffectHappensOnce() {
        StoredResponse first = keys.perform(request("alice", "k1", new Payment(100, "bob")), module, insertEffect("paid"));
        StoredResponse again = keys.perform(request("alice", "k1", new Payment(100, "bob")), module, insertEffect("paid"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(effects()).isEqualTo(1);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefusedAndChangesNothing() {
        keys.perform(request("alice", "k1", new Payment(100, "bob")), module, insertEffect("paid"));

        assertProblem(() -> keys.perform(request("alice", "k1", new Payment(101, "bob")), module, insertEffect("x")), 422,
                "idempotency-key-reused");
        assertProblem(() -> keys.perform(new IdempotentRequest("alice", "k1", "POST", "/other", new Payment(100, "bob")),
                module, insertEffect("x")), 422, "idempotency-key-reused");
        assertThat(effects()).isEqualTo(1);
    }

    @Test
    void keysOfDifferentCallersNeverMeet() {
        keys.perform(request("alice", "k1", new Payment(100, "bob")), module, insertEffect("alice"));
        StoredResponse bobs = keys.perform(request("bob", "k1", new Payment(100, "bob")), module, insertEffect("bob"));
        assertThat(bobs.replayed()).isFalse();
        assertThat(effects()).isEqualTo(2);
    }

    @Test
    void aRefusalIsKeptAndItsEffectRolledBack() {
        IdempotentWork refusing = (session, id) -> {
            insert(session, id, "half done");
            throw ProblemType.UNPROCESSABLE.exception("insufficient funds");
        };
        StoredResponse refused = keys.perform(request("alice", "k2", new Payment(5, "bob")), module, refusing);
        StoredResponse again = keys.perform(request("alice", "k2", new Payment(5, "bob")), module, insertEffect("later"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(again.body()).isEqualTo(refused.body());
        assertThat(again.replayed()).isTrue();
        assertThat(effects()).isZero();
    }

    @Test
    void aFailureKeepsNothingAndTheRetryRunsUnderTheSameRequestId() {
        List<UUID> ids = new ArrayList<>();
        IdempotentWork failing = (session, id) -> {
            ids.add(id);
            insert(session, id, "lost");
            throw new IllegalStateException("database went away");
        };
        assertThatThrownBy(() -> keys.perform(request("alice", "k3", new Payment(5, "bob")), module, failing))
                .hasMessage("database went away");
        assertProblemNotKept(() -> keys.perform(request("alice", "k3", new Payment(5, "bob")), module,
                (session, id) -> {
                    ids.add(id);
                    throw ProblemType.TOO_MANY_REQUESTS.exception("slow down");
                }), 429);
        StoredResponse retried = keys.perform(request("alice", "k3", new Payment(5, "bob")), module, (session, id) -> {
            ids.add(id);
            insert(session, id, "done");
            return Reply.ok(new Payment(5, "bob"));
        });

        assertThat(retried.replayed()).isFalse();
        assertThat(ids).hasSize(3).containsOnly(ids.get(0));
        assertThat(effects()).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstRunsIsToldToWaitAndAnAttemptThatOutlivedItsLeaseTakesNoEffect() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<StoredResponse> slow = pool.submit(() -> keys.perform(request("alice", "k4", new Payment(9, "bob")), module,
                (session, id) -> {
                    running.countDown();
                    await(release);
                    // keyed apart from the request id: only the claim can stop this effect
                    insert(session, UUID.randomUUID(), "slow");
                    return Reply.ok("slow");
                }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        ProblemException busy = assertProblem(() -> keys.perform(request("alice", "k4", new Payment(9, "bob")), module,
                insertEffect("second")), 409, "idempotency-key-in-use");
        assertThat(busy.headers()).containsEntry("Retry-After", "1");

        clock.advance(Duration.ofSeconds(31));
        StoredResponse takenOver = keys.perform(request("alice", "k4", new Payment(9, "bob")), module, insertEffect("third"));
        release.countDown();

        assertThat(takenOver.replayed()).isFalse();
        assertThatThrownBy(slow::get).hasCauseInstanceOf(ProblemException.class);
        assertThat(effects()).isEqualTo(1);
        assertThat(keys.perform(request("alice", "k4", new Payment(9, "bob")), module, insertEffect("x")).body())
                .isEqualTo(takenOver.body());
    }

    @Test
    void twentyParallelAttemptsWithOneKeyTakeEffectOnce() throws Exception {
        List<Future<Integer>> attempts = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 20; i++) {
            attempts.add(pool.submit(() -> {
                await(start);
                try {
                    return keys.perform(request("alice", "k5", new Payment(7, "bob")), module, insertEffect("once")).status();
                } catch (ProblemException busy) {
                    return busy.problem().status();
                }
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> attempt : attempts) {
            statuses.add(attempt.get(30, TimeUnit.SECONDS));
        }
        assertThat(statuses).allMatch(status -> status == 201 || status == 409).contains(201);
        assertThat(effects()).isEqualTo(1);
    }

    @Test
    void aKeyIsForgottenAfterItsRetentionAndThenStartsANewRequest() {
        List<UUID> ids = new ArrayList<>();
        IdempotentWork recording = (session, id) -> {
            ids.add(id);
            insert(session, id, "run");
            return Reply.ok("ran");
        };
        keys.perform(request("alice", "k6", new Payment(1, "bob")), module, recording);
        clock.advance(Duration.ofHours(25));
        assertThat(keys.forgetExpired()).isEqualTo(1);
        StoredResponse later = keys.perform(request("alice", "k6", new Payment(2, "carol")), module, recording);

        assertThat(later.replayed()).isFalse();
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void keysAreTakenAsStructuredFieldStringsOrBareAndMustBeSane() {
        assertThat(IdempotentRequest.of("\"8e03978e-40d5\"", "a", "POST", "/p", null).key()).isEqualTo("8e03978e-40d5");
        assertThat(IdempotentRequest.of("abc-1", "a", "POST", "/p", null).key()).isEqualTo("abc-1");
        assertThatThrownBy(() -> IdempotentRequest.of(null, "a", "POST", "/p", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(400));
        assertThatThrownBy(() -> IdempotentRequest.of("has space", "a", "POST", "/p", null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> IdempotentRequest.of("x".repeat(256), "a", "POST", "/p", null)).isInstanceOf(ProblemException.class);
    }

    private static IdempotentRequest request(String caller, String key, Object payload) {
        return new IdempotentRequest(caller, key, "POST", "/v1/payments", payload);
    }

    private static IdempotentWork insertEffect(String note) {
        return (session, id) -> {
            insert(session, id, note);
            return Reply.created("v1/payments/" + id, new Payment(1, note));
        };
    }

    private static void insert(SqlSession session, UUID id, String note) {
        try (Statement statement = session.getConnection().createStatement()) {
            statement.executeUpdate("INSERT INTO effects.effect VALUES ('" + id + "', '" + note + "')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int effects() {
        return module.read(session -> {
            try (Statement statement = session.getConnection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM effects.effect")) {
                rows.next();
                return rows.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ProblemException assertProblem(Runnable call, int status, String slug) {
        try {
            call.run();
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(status);
            assertThat(e.problem().type().toString()).endsWith("/" + slug);
            return e;
        }
        throw new AssertionError("expected a " + status + " problem");
    }

    private static void assertProblemNotKept(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(status));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static StoredIdempotency.Config config(int retentionHours, int leaseSeconds) {
        return new StoredIdempotency.Config() {
            @Override
            public int retentionHours() {
                return retentionHours;
            }

            @Override
            public int leaseSeconds() {
                return leaseSeconds;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return StoredIdempotency.Config.class;
            }
        };
    }
}
