package dev.drop.bench.probe.internal;

import dev.drop.platform.db.Database;
import dev.drop.platform.db.EventOutbox;
import dev.drop.platform.db.ModuleSchema;
import dev.drop.platform.db.Transactions;
import dev.drop.platform.event.DomainEvent;
import dev.drop.platform.event.DomainEvents;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.PermitAll;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/bench/events?count=&perTransaction=} appends events through the outbox as a module would;
 * {@code GET} reports what the subscriber measured; {@code DELETE} starts over.
 */
@Component(service = OutboxLoad.class, property = "osgi.jaxrs.resource=true")
@PermitAll
@Path("bench/events")
@Produces(MediaType.APPLICATION_JSON)
public final class OutboxLoad {

    private final Transactions transactions;
    private final EventOutbox outbox;
    private final DeliveryLatency latency;

    @Activate
    public OutboxLoad(@Reference Database database, @Reference EventOutbox outbox, @Reference DeliveryLatency latency) {
        this.transactions = database.open(ModuleSchema.of("bench", OutboxLoad.class, List.of(), List.of()));
        this.outbox = outbox;
        this.latency = latency;
    }

    @POST
    public DeliveryLatency.Stats append(@QueryParam("count") @DefaultValue("1000") int count,
                                        @QueryParam("perTransaction") @DefaultValue("1") int perTransaction) {
        for (int written = 0; written < count; written += perTransaction) {
            List<DomainEvent> batch = new ArrayList<>();
            for (int i = 0; i < Math.min(perTransaction, count - written); i++) {
                batch.add(DomainEvents.create("bench", "bench.happened", "thing", "t-" + ((written + i) % 64), "{}"));
            }
            transactions.run(session -> {
                // registered first, so it runs before the dispatcher is woken by the same commit
                Transactions.afterCommit(() -> batch.forEach(event -> latency.committed(event.id(), System.nanoTime())));
                batch.forEach(event -> outbox.append(session, event));
            });
        }
        return latency.stats();
    }

    @GET
    public DeliveryLatency.Stats stats() {
        return latency.stats();
    }

    @DELETE
    public void reset() {
        latency.reset();
    }
}
