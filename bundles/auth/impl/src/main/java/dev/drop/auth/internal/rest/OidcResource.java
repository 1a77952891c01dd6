package dev.drop.auth.internal.rest;

import dev.drop.auth.internal.oidc.OidcLogin;
import dev.drop.auth.internal.session.SignIn;
import java.util.List;
import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.ws.rs.CookieParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Sign-in through the configured OIDC providers: the list, the redirect to one, and its callback. */
@Component(service = OidcResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/auth/oidc")
@Produces(MediaType.APPLICATION_JSON)
public final class OidcResource {

    /** The cookie that ties a callback to the browser that started the sign-in. */
    static final String STATE_COOKIE = "drop_oidc_state";
    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    /** A provider users may choose, with where to start signing in with it. */
    public record Provider(String name, String displayName, String start) {
    }

    private final OidcLogin login;

    @Activate
    public OidcResource(@Reference OidcLogin login) {
        this.login = login;
    }

    @GET
    @PermitAll
    public List<Provider> providers() {
        return login.providers().stream().map(provider -> new Provider(provider.getKey(), provider.getValue(),
                "/api/v1/auth/oidc/" + provider.getKey() + "/start")).toList();
    }

    @GET
    @Path("{provider}/start")
    @PermitAll
    public Response start(@PathParam("provider") String provider, @Context UriInfo uri) {
        OidcLogin.Started started = login.start(provider);
        return Response.seeOther(started.authorizationUri()).cacheControl(NO_STORE)
                .header(HttpHeaders.SET_COOKIE, stateCookie(provider, started.state(), OidcLogin.PENDING_FOR.toSeconds(), uri))
                .build();
    }

    @GET
    @Path("{provider}/callback")
    @PermitAll
    public Response callback(@PathParam("provider") String provider, @QueryParam("code") String code,
                             @QueryParam("state") String state, @QueryParam("error") String error,
                             @QueryParam("error_description") String errorDescription,
                             @CookieParam(STATE_COOKIE) String browserState, @Context ContainerRequestContext request,
                             @Context UriInfo uri) {
        ClientInfo client = ClientInfo.of(request);
        SignIn.Tokens tokens = login.finish(provider, new OidcLogin.Callback(code, state, error, errorDescription),
                browserState, client.address(), client.userAgent());
        return Response.ok(Views.TokenResponse.of(tokens)).cacheControl(NO_STORE).header("Pragma", "no-cache")
                .header(HttpHeaders.SET_COOKIE, stateCookie(provider, "", 0, uri)).build();
    }

    /** Lax, so that it comes along when the provider redirects the browser back; never readable by scripts. */
    private static String stateCookie(String provider, String value, long maxAgeSeconds, UriInfo uri) {
        boolean secure = "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
        return STATE_COOKIE + "=" + value + "; Path=/api/v1/auth/oidc/" + provider + "; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
