package dev.drop.transactions.internal.rest;

import dev.drop.platform.web.RequestValues;
import dev.drop.transactions.Account;
import dev.drop.transactions.internal.wallet.Wallets;
import java.net.URI;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

/** A customer's wallets: one per currency. Nobody sees another's wallet (404). */
@Component(service = WalletsResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/wallets")
@Produces(MediaType.APPLICATION_JSON)
public final class WalletsResource {

    /** What opening a wallet takes. */
    public record NewWallet(String currency) {
    }

    private final Wallets wallets;

    @Activate
    public WalletsResource(@Reference Wallets wallets) {
        this.wallets = wallets;
    }

    /** Opens a wallet in a currency; a second one in the same currency is a 409 problem. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(NewWallet body, @Context SecurityContext security) {
        Account wallet = wallets.open(Callers.person(security), RequestValues.required(body).currency());
        return Response.created(URI.create("v1/wallets/" + wallet.id())).entity(Views.WalletView.of(wallet)).build();
    }

    @GET
    public Views.WalletList mine(@Context SecurityContext security) {
        return new Views.WalletList(wallets.of(Callers.person(security)).stream().map(Views.WalletView::of).toList());
    }

    /** The balance, what is available and what holds reserve. */
    @GET
    @Path("{id}")
    public Views.WalletView show(@PathParam("id") String id, @Context SecurityContext security) {
        UUID wallet = RequestValues.pathId(id, "wallet");
        return Views.WalletView.of(wallets.owned(Callers.person(security), wallet));
    }
}
