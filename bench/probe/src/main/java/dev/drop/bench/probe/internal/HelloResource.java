package dev.drop.bench.probe.internal;

import javax.annotation.security.PermitAll;
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
}
