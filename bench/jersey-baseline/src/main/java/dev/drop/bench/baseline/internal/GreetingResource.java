package dev.drop.bench.baseline.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** A resource class as Jersey's guide writes one: Jersey creates an instance per request. */
@Path("hello")
public class GreetingResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Greeting hello() {
        return new Greeting("hello, world");
    }
}
