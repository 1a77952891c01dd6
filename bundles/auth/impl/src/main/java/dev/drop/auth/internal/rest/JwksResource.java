package dev.drop.auth.internal.rest;

import dev.drop.auth.internal.token.TokenIssuer;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The public keys access tokens are signed with (RFC 7517), for anyone who verifies them. */
@Component(service = JwksResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/auth/jwks.json")
@PermitAll
public final class JwksResource {

    private static final CacheControl FIVE_MINUTES = CacheControl.valueOf("public, max-age=300");

    private final TokenIssuer tokens;

    @Activate
    public JwksResource(@Reference TokenIssuer tokens) {
        this.tokens = tokens;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response keys() {
        return Response.ok(tokens.jwks().toString(true), MediaType.APPLICATION_JSON_TYPE).cacheControl(FIVE_MINUTES).build();
    }
}
