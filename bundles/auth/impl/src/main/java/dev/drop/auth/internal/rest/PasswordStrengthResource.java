package dev.drop.auth.internal.rest;

import dev.drop.auth.internal.account.Emails;
import dev.drop.auth.internal.password.PasswordCheck;
import dev.drop.auth.internal.password.Passwords;
import dev.drop.platform.web.RequestValues;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The feedback a sign-up or password-change page shows while the new password is typed; it stores nothing. */
@Component(service = PasswordStrengthResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/auth/password-strength")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PasswordStrengthResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final Passwords passwords;

    @Activate
    public PasswordStrengthResource(@Reference Passwords passwords) {
        this.passwords = passwords;
    }

    @POST
    @PermitAll
    public Response check(Requests.Register body) {
        Requests.Register candidate = RequestValues.required(body);
        String email = candidate.email() == null ? null : Emails.normalize(candidate.email());
        PasswordCheck check = passwords.check(candidate.password(), email);
        return Response.ok(check).cacheControl(NO_STORE).build();
    }
}
