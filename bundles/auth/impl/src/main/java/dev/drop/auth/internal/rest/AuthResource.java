package dev.drop.auth.internal.rest;

import dev.drop.auth.UserAccount;
import dev.drop.auth.internal.account.Accounts;
import dev.drop.auth.internal.mfa.SecondFactor;
import dev.drop.auth.internal.session.SignIn;
import dev.drop.platform.security.Caller;
import dev.drop.platform.security.Role;
import dev.drop.platform.web.RequestValues;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Registration, sign-in, refresh, sign-out, and what a signed-in user may see and change of their own account. */
@Component(service = AuthResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final Accounts accounts;
    private final SignIn signIn;
    private final SecondFactor secondFactor;

    @Activate
    public AuthResource(@Reference Accounts accounts, @Reference SignIn signIn, @Reference SecondFactor secondFactor) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.secondFactor = secondFactor;
    }

    @POST
    @Path("register")
    @PermitAll
    public Response register(Requests.Register body, @Context ContainerRequestContext request) {
        Requests.Register registration = RequestValues.required(body);
        UserAccount account = accounts.register(registration.email(), registration.password(), Set.of(Role.CUSTOMER),
                "anonymous@" + ClientInfo.of(request).address());
        return Response.created(URI.create("v1/auth/me")).entity(Views.User.of(account)).build();
    }

    @POST
    @Path("login")
    @PermitAll
    public Response login(Requests.Login body, @Context ContainerRequestContext request) {
        Requests.Login login = RequestValues.required(body);
        ClientInfo client = ClientInfo.of(request);
        SignIn.Tokens tokens = signIn.withPassword(login.email(), login.password(), login.totp(), login.recoveryCode(),
                client.address(), client.userAgent());
        return Response.ok(Views.TokenResponse.of(tokens)).cacheControl(NO_STORE).header("Pragma", "no-cache").build();
    }

    @POST
    @Path("refresh")
    @PermitAll
    public Response refresh(Requests.Refresh body) {
        SignIn.Tokens tokens = signIn.refresh(RequestValues.required(body).refreshToken());
        return Response.ok(Views.TokenResponse.of(tokens)).cacheControl(NO_STORE).header("Pragma", "no-cache").build();
    }

    @POST
    @Path("logout")
    public Response logout(@Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        signIn.logout(UUID.fromString(caller.subject()), UUID.fromString(caller.session()));
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    public Views.Me me(@Context SecurityContext security) {
        UUID id = UUID.fromString(Caller.of(security.getUserPrincipal()).subject());
        UserAccount account = accounts.find(id).orElseThrow();
        return new Views.Me(account.id(), account.email(), account.roles(), secondFactor.enrolled(id), account.createdAt());
    }

    @POST
    @Path("password")
    public Response changePassword(Requests.PasswordChange body, @Context SecurityContext security) {
        Requests.PasswordChange change = RequestValues.required(body);
        Caller caller = Caller.of(security.getUserPrincipal());
        accounts.changePassword(UUID.fromString(caller.subject()), change.currentPassword(), change.newPassword(),
                UUID.fromString(caller.session()));
        return Response.noContent().build();
    }
}
