package dev.drop.platform.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drop.platform.rest.internal.json.ApiJson;
import dev.drop.platform.rest.internal.security.Verifiers;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Feature;
import javax.ws.rs.core.FeatureContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JerseyHostTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final PublishedResources published = new PublishedResources();
    private final RouteTable routes = new RouteTable();
    private final AtomicBoolean jerseyStarted = new AtomicBoolean(true);
    private final AtomicInteger deferredBuilds = new AtomicInteger();
    private final JerseyHost host = new JerseyHost(
            new ApplicationFactory(ApiJson.mapper(), new ModuleAvailability(), new Verifiers()), routes, published,
            () -> {
                if (!jerseyStarted.get()) {
                    deferredBuilds.incrementAndGet();
                }
                return jerseyStarted.get();
            });

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void servesAgainWhenTheServletIsDestroyedAndInitialisedAgain() throws Exception {
        servingGreetings();
        assertThat(generationServing()).isEqualTo(1);
        assertThat(routes.serves("/greetings")).isTrue();

        host.stopServing();
        assertThat(host.enter()).isNull();
        assertThat(routes.serves("/greetings")).isFalse();

        host.startServing(PATIENCE);
        assertThat(generationServing()).isEqualTo(2);
        assertThat(routes.serves("/greetings")).isTrue();
    }

    @Test
    void takesModuleChangesMadeWhileStoppedWhenServingAgainAndFollowsLaterOnes() throws Exception {
        host.open();
        host.startServing(PATIENCE);
        host.stopServing();

        published.publish(new Greetings());
        assertThat(host.enter()).isNull();
        host.startServing(PATIENCE);
        assertThat(generationServing()).isEqualTo(2);
        assertThat(routes.serves("/greetings")).isTrue();

        published.publish(new Farewells());
        waitFor(() -> routes.serves("/farewells"));
        assertThat(generationServing()).isEqualTo(3);
    }

    @Test
    void aModuleChangeBuildsOnlyTheApplicationsOfTheRoutesItChangesAndKeepsTheOthersAlive() throws Exception {
        servingGreetings();
        LiveContainer first = host.enter();
        JerseyAdapter greetings = first.applications().forPath("greetings");
        JerseyAdapter anywhere = first.applications().forPath("farewells");
        JerseyAdapter openApi = first.applications().forPath("openapi.json");
        first.exit();

        published.publish(new Farewells());
        waitFor(() -> routes.serves("/farewells"));
        LiveContainer second = host.enter();
        assertThat(second.applications().forPath("greetings/today")).as("unchanged, taken over").isSameAs(greetings);
        assertThat(second.applications().forPath("no/such/path")).as("unchanged, taken over").isSameAs(anywhere);
        assertThat(second.applications().forPath("openapi.json")).as("unchanged, taken over").isSameAs(openApi);
        JerseyAdapter farewells = second.applications().forPath("farewells");
        assertThat(farewells).isNotIn(greetings, anywhere, openApi);
        second.exit();

        published.withdraw(Greetings.class);
        waitFor(() -> !routes.serves("/greetings"));
        assertThat(generationServing()).isEqualTo(3);
        waitFor(() -> isDestroyed(greetings));
        assertThat(isDestroyed(farewells) || isDestroyed(anywhere) || isDestroyed(openApi))
                .as("the applications the generation serving holds outlive those before it").isFalse();
    }

    private static boolean isDestroyed(JerseyAdapter jersey) {
        return jersey.getApplicationHandler().getInjectionManager().isShutdown();
    }

    @Test
    void aFirstBuildDeferredUntilJerseyRunsIsTriedAgainInsteadOfLeavingTheApiDown() throws Exception {
        published.publish(new Greetings());
        jerseyStarted.set(false);
        host.open();
        host.startServing(Duration.ofMillis(200));
        assertThat(host.enter()).as("nothing serving before Jersey runs").isNull();

        jerseyStarted.set(true);
        waitFor(() -> routes.serves("/greetings"));
        assertThat(generationServing()).isEqualTo(1);
    }

    @Test
    void aRebuildDeferredAfterAModuleChangeKeepsTheOldApplicationAndIsTriedAgain() throws Exception {
        servingGreetings();

        jerseyStarted.set(false);
        published.publish(new Farewells());
        waitFor(() -> deferredBuilds.get() > 0);
        assertThat(generationServing()).isEqualTo(1);
        assertThat(routes.serves("/farewells")).isFalse();

        jerseyStarted.set(true);
        waitFor(() -> routes.serves("/farewells"));
        assertThat(routes.serves("/greetings")).isTrue();
        assertThat(generationServing()).isEqualTo(2);
    }

    @Test
    void aBuildThatThrowsIsTriedAgainWhileTheOldApplicationServes() throws Exception {
        servingGreetings();

        FailingFeature feature = new FailingFeature(2, () -> new IllegalStateException("bundle is being refreshed"));
        published.publishExtension(feature);
        waitFor(() -> feature.calls.get() >= 1);
        assertThat(generationServing()).isEqualTo(1);

        waitFor(() -> generationServing() == 2);
        assertThat(feature.calls.get()).as("failed twice, then built (once for each application)").isGreaterThan(2);
        assertThat(routes.serves("/greetings")).isTrue();
    }

    @Test
    void aBuildThatMissesAClassIsTriedAgainToo() throws Exception {
        host.open();
        host.startServing(PATIENCE);

        FailingFeature feature = new FailingFeature(1, () -> new NoClassDefFoundError("dev/drop/cards/internal/Card"));
        published.publishExtension(feature);
        waitFor(() -> generationServing() == 2);
        assertThat(feature.calls.get()).as("failed once, then built (once for each application)").isGreaterThan(1);
    }

    @Test
    void aRetiredApplicationWaitsForItsLastRequest() throws Exception {
        host.open();
        host.startServing(PATIENCE);
        LiveContainer inFlight = host.enter();

        host.stopServing();
        assertThat(inFlight.isDrained()).isFalse();
        inFlight.exit();
        assertThat(inFlight.isDrained()).isTrue();
    }

    @Test
    void aClosedHostServesNothingAndCannotStartAgain() throws Exception {
        host.open();
        host.startServing(PATIENCE);
        host.close();

        assertThat(host.enter()).isNull();
        assertThatThrownBy(() -> host.startServing(PATIENCE)).isInstanceOf(IllegalStateException.class);
    }

    private void servingGreetings() throws InterruptedException {
        published.publish(new Greetings());
        host.open();
        host.startServing(PATIENCE);
    }

    private long generationServing() {
        LiveContainer live = host.enter();
        assertThat(live).as("a container serving").isNotNull();
        try {
            return live.generation();
        } finally {
            live.exit();
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the condition within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** Resources as modules would publish them, each change announced the way the service tracker does. */
    private static final class PublishedResources implements ContributionSource {

        private final List<Object> resources = new CopyOnWriteArrayList<>();
        private final List<Object> extensions = new CopyOnWriteArrayList<>();
        private volatile Runnable onChange = () -> { };

        void publish(Object resource) {
            resources.add(resource);
            onChange.run();
        }

        void withdraw(Class<?> type) {
            resources.removeIf(type::isInstance);
            onChange.run();
        }

        void publishExtension(Object extension) {
            extensions.add(extension);
            onChange.run();
        }

        @Override
        public void open(Runnable changed) {
            onChange = changed;
        }

        @Override
        public void close() {
            onChange = () -> { };
        }

        @Override
        public Contributions snapshot() {
            Set<Long> ids = new HashSet<>();
            for (long id = 1; id <= resources.size() + extensions.size(); id++) {
                ids.add(id);
            }
            return new Contributions(resources, extensions, ids);
        }
    }

    /** An extension whose first {@code failures} configurations throw, as one from a bundle being refreshed might. */
    private static final class FailingFeature implements Feature {

        private final int failures;
        private final Supplier<? extends Throwable> failure;
        private final AtomicInteger calls = new AtomicInteger();

        FailingFeature(int failures, Supplier<? extends Throwable> failure) {
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        public boolean configure(FeatureContext context) {
            if (calls.incrementAndGet() <= failures) {
                throwUnchecked(failure.get());
            }
            return true;
        }

        private static void throwUnchecked(Throwable thrown) {
            if (thrown instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) thrown;
        }
    }

    @Path("greetings")
    public static final class Greetings {
        @GET
        @PermitAll
        public String greet() {
            return "hello";
        }
    }

    @Path("farewells")
    public static final class Farewells {
        @GET
        @PermitAll
        public String leave() {
            return "bye";
        }
    }
}
