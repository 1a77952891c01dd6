package dev.drop.auth.internal.rest;

import dev.drop.auth.internal.account.Accounts;
import dev.drop.auth.internal.mfa.SecondFactor;
import dev.drop.platform.security.Caller;
import dev.drop.platform.web.RequestValues;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** TOTP enrolment: show the secret, then confirm it with a first code. */
@Component(service = MfaResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/auth/mfa/totp")
@Produces(MediaType.APPLICATION_JSON)
public final class MfaResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final SecondFactor secondFactor;
    private final Accounts accounts;

    @Activate
    public MfaResource(@Reference SecondFactor secondFactor, @Reference Accounts accounts) {
        this.secondFactor = secondFactor;
        this.accounts = accounts;
    }

    @POST
    public Response enrol(@Context SecurityContext security) {
        UUID account = UUID.fromString(Caller.of(security.getUserPrincipal()).subject());
        SecondFactor.Enrolment enrolment = secondFactor.enrol(account, accounts.row(account).email());
        return Response.ok(new Views.Enrolment(enrolment.secret(), enrolment.otpauthUri(),
                "data:image/png;base64," + enrolment.qrPngBase64())).cacheControl(NO_STORE).build();
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(Requests.TotpConfirmation body, @Context SecurityContext security) {
        UUID account = UUID.fromString(Caller.of(security.getUserPrincipal()).subject());
        return Response.ok(new Views.RecoveryCodes(secondFactor.confirm(account, RequestValues.required(body).code())))
                .cacheControl(NO_STORE).build();
    }
}
