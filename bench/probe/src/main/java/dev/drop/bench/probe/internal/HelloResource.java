package dev.drop.bench.probe.internal;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;

/** The Jersey side: a record serialized by the platform's JSON provider. */
@Component(service = HelloResource.class, property = "osgi.jaxrs.resource=true")
@PermitAll
@Path("bench/hello")
public final class HelloResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Hello hello() {
        return Hello.WORLD;
    }

    /** The same answer one path segment deeper, open to anyone: routed exactly as {@link #signedIn()} is. */
    @GET
    @Path("open")
    @Produces(MediaType.APPLICATION_JSON)
    public Hello open() {
        return Hello.WORLD;
    }

    /** The same answer for signed-in callers only: the cost of authentication is the difference from {@link #open()}. */
    @GET
    @Path("signed-in")
    @RolesAllowed("CUSTOMER")
    @Produces(MediaType.APPLICATION_JSON)
    public Hello signedIn() {
        return Hello.WORLD;
    }
}
