package dev.drop.itests;

import static dev.drop.itests.Metrics.sample;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import dev.drop.platform.db.Database;
import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.ModuleSchema;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.event.DomainEvent;
import dev.drop.platform.event.DomainEvents;
import dev.drop.platform.event.EventSubscriber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** Events written in a transaction reach subscribers after commit, once, in order, and never after a rollback. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EventOutboxIT extends DropTestSupport {

    private static final String STOPPED_BACKLOG = "drop_outbox_pending_deliveries{subscriber=\"it.stopped\",}";
    private static final String DISPATCHER = "dev.drop.platform.core.internal.outbox.EventDispatcher";

    @Inject
    @Filter(timeout = 60_000)
    private EventOutbox outbox;
    @Inject
    private Database database;
    @Inject
    private ServiceComponentRuntime components;
    @Inject
    @Filter("(dataSourceName=drop)")
    private DataSource dataSource;

    private Transactions transactions;

    @Configuration
    public Option[] config() {
        return distribution(onPostgres(),
                editConfigurationFilePut("etc/dev.drop.platform.events.cfg", "retryFirstMillis", "50"),
                editConfigurationFilePut("etc/dev.drop.platform.events.cfg", "retryMaxMillis", "400"));
    }

    @Before
    public void ready() {
        readyApi();
        transactions = database.open(ModuleSchema.of("ittest", EventOutboxIT.class, List.of(), List.of()));
    }

    @Test
    public void aCommittedEventIsDeliveredOnce() {
        EventRecorder recorder = subscribe("it.once", "it.*");
        DomainEvent event = publishCommitted("it.created", "a-1");
        waitFor("the event", Duration.ofSeconds(10), () -> recorder.timesHandled(event) == 1);
        DomainEvent marker = publishCommitted("it.created", "a-2");
        waitFor("a later event", Duration.ofSeconds(10), () -> recorder.timesHandled(marker) == 1);
        assertEquals(1, recorder.timesHandled(event));
        assertEquals(event, recorder.handled().get(0));
    }

    @Test
    public void anEventOfARolledBackTransactionIsNeverDelivered() {
        EventRecorder recorder = subscribe("it.rollback", "it.*");
        DomainEvent lost = DomainEvents.create("it", "it.created", "thing", "b-1", "{}");
        assertThrows(IllegalStateException.class, () -> transactions.run(session -> {
            outbox.append(session, lost);
            throw new IllegalStateException("the change failed");
        }));
        DomainEvent after = publishCommitted("it.created", "b-2");
        waitFor("the committed event", Duration.ofSeconds(10), () -> recorder.timesHandled(after) == 1);
        assertEquals(0, recorder.timesAttempted(lost));
    }

    @Test
    public void eventsCommittedWhileTheDispatcherIsStoppedAreDeliveredOnceWhenItStartsAgain() throws Exception {
        EventRecorder recorder = subscribe("it.stopped", "it.*");
        ComponentDescriptionDTO dispatcher = dispatcher();
        components.disableComponent(dispatcher).getValue();
        DomainEvent waiting;
        try {
            waiting = publishCommitted("it.created", "c-1");
            assertEquals("nobody delivers while the dispatcher is stopped", 0, recorder.timesAttempted(waiting));
            assertTrue("the backlog shows in the metrics", sample(http(), STOPPED_BACKLOG) >= 1);
        } finally {
            components.enableComponent(dispatcher).getValue();
        }
        waitFor("delivery after the restart", Duration.ofSeconds(10), () -> recorder.timesHandled(waiting) == 1);
        DomainEvent marker = publishCommitted("it.created", "c-2");
        waitFor("a later event", Duration.ofSeconds(10), () -> recorder.timesHandled(marker) == 1);
        assertEquals(1, recorder.timesHandled(waiting));
        waitFor("the backlog to clear in the metrics", Duration.ofSeconds(10), () -> sample(http(), STOPPED_BACKLOG) == 0);
    }

    @Test
    public void aFailingSubscriberGetsTheEventAgainAndLaterEventsOfTheAggregateWait() {
        EventRecorder recorder = subscribe("it.flaky", "it.*");
        DomainEvent first = DomainEvents.create("it", "it.created", "order", "d-1", "{\"n\":1}");
        DomainEvent second = DomainEvents.create("it", "it.changed", "order", "d-1", "{\"n\":2}");
        DomainEvent other = DomainEvents.create("it", "it.created", "order", "d-2", "{}");
        recorder.failFor(event -> event.id().equals(first.id()), 3);
        transactions.run(session -> {
            outbox.append(session, first);
            outbox.append(session, second);
            outbox.append(session, other);
        });
        waitFor("the other aggregate, not held up", Duration.ofSeconds(10), () -> recorder.timesHandled(other) == 1);
        waitFor("the first event after its retries", Duration.ofSeconds(20), () -> recorder.timesHandled(first) == 1);
        waitFor("the second event", Duration.ofSeconds(10), () -> recorder.timesHandled(second) == 1);
        assertEquals(4, recorder.timesAttempted(first));
        List<DomainEvent> handled = recorder.handled();
        assertTrue("in order per aggregate: " + handled, handled.indexOf(first) < handled.indexOf(second));
    }

    @Test
    public void aModulePublishesInTheTransactionOfItsChange() throws Exception {
        EventRecorder recorder = subscribe("it.greetings", "greeting.*");
        Http api = readyApi();
        Bundle greeting = installFixture("greeting");
        try {
            waitFor("the greeting routes", Duration.ofSeconds(10), () -> api.get("/api/v1/greetings").status() == 200);
            String id = api.postJson("/api/v1/greetings", "{\"name\": \"Lin\"}").json().path("id").asText();
            waitFor("greeting.created", Duration.ofSeconds(10), () -> recorder.handled().stream()
                    .anyMatch(event -> event.aggregateId().equals(id) && event.type().equals("greeting.created")));
            api.postJson("/api/v1/greetings", "{\"name\": \"\"}");
            assertEquals("a rejected request publishes nothing", 1, recorder.handled().size());
        } finally {
            greeting.uninstall();
        }
    }

    /** Registers a subscriber and waits until its subscription is durable (events from then on are kept for it). */
    private EventRecorder subscribe(String id, String types) {
        EventRecorder recorder = new EventRecorder(id, Set.of(types));
        bundleContext.registerService(EventSubscriber.class, recorder, null);
        waitFor("the durable subscription of " + id, Duration.ofSeconds(10), () -> subscribed(id));
        return recorder;
    }

    private boolean subscribed(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT COUNT(*) FROM platform.event_subscription WHERE subscriber = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private DomainEvent publishCommitted(String type, String aggregate) {
        DomainEvent event = DomainEvents.create("it", type, "thing", aggregate, "{}");
        transactions.run(session -> outbox.append(session, event));
        return event;
    }

    private ComponentDescriptionDTO dispatcher() {
        return components.getComponentDescriptionDTOs().stream().filter(description -> DISPATCHER.equals(description.name))
                .findFirst().orElseThrow();
    }
}
