package dev.drop.auth.internal.rest;

import dev.drop.auth.internal.session.Sessions;
import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import java.util.List;
import java.util.UUID;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A user's own sessions: where they are signed in, and ending any of them. */
@Component(service = SessionsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/auth/sessions")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionsResource {

    private final Sessions sessions;

    @Activate
    public SessionsResource(@Reference Sessions sessions) {
        this.sessions = sessions;
    }

    @GET
    public List<Views.Session> list(@Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        UUID current = UUID.fromString(caller.session());
        return sessions.active(UUID.fromString(caller.subject())).stream().map(row -> Views.Session.of(row, current)).toList();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        UUID account = UUID.fromString(caller.subject());
        UUID session = parse(id);
        boolean own = sessions.find(session).filter(row -> row.accountId().equals(account)).isPresent();
        if (!own || !sessions.revoke(session, "ended by its owner")) {
            throw ProblemType.NOT_FOUND.exception("You have no live session " + id + ".");
        }
        return Response.noContent().build();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemType.NOT_FOUND.exception("You have no live session " + id + ".");
        }
    }
}
