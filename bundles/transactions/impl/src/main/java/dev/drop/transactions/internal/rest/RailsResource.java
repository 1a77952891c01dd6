package dev.drop.transactions.internal.rest;

import dev.drop.transactions.RailCallback;
import dev.drop.transactions.internal.rail.RailCallbacks;
import dev.drop.transactions.internal.rail.RailRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The payment rails: which are installed, and where their banks send signed callbacks. */
@Component(service = RailsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/rails")
@Produces(MediaType.APPLICATION_JSON)
public final class RailsResource {

    /** The rails installed now. */
    public record Rails(List<String> rails) {
    }

    private final RailRegistry rails;
    private final RailCallbacks callbacks;

    @Activate
    public RailsResource(@Reference RailRegistry rails, @Reference RailCallbacks callbacks) {
        this.rails = rails;
        this.callbacks = callbacks;
    }

    @GET
    @RolesAllowed({"OPERATOR", "ADMIN"})
    public Rails installed() {
        return new Rails(rails.names());
    }

    /**
     * A bank's callback, open to the bank: its signature, checked by the rail, is what authenticates it. An unsigned,
     * wrongly signed or stale callback is a 401 and changes nothing; a message seen before changes nothing again.
     */
    @POST
    @Path("{rail}/callbacks")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    public Views.CallbackOutcome callback(@PathParam("rail") String rail, byte[] body, @Context HttpHeaders headers) {
        Map<String, List<String>> byName = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> byName.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        RailCallbacks.Outcome outcome = callbacks.receive(rail, new RailCallback(byName, body == null ? new byte[0] : body));
        return new Views.CallbackOutcome(outcome.applied(), outcome.replayed());
    }
}
