package dev.drop.transactions.internal.rest;

import dev.drop.transactions.LedgerVerification;
import dev.drop.transactions.internal.ledger.StoredLedger;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The ledger's invariants, checked on demand by operators (as {@code drop:ledger verify} does). */
@Component(service = AdminLedgerResource.class, property = "osgi.jaxrs.resource=true")
@Path("v1/admin/ledger")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OPERATOR", "ADMIN"})
public final class AdminLedgerResource {

    private final StoredLedger ledger;

    @Activate
    public AdminLedgerResource(@Reference StoredLedger ledger) {
        this.ledger = ledger;
    }

    /** What was checked and the first thing that does not hold; {@code holds} false names it in {@code problem}. */
    @GET
    @Path("verify")
    public Views.Verification verify() {
        LedgerVerification result = ledger.verify();
        return new Views.Verification(result.holds(), result.problem(), result.checks(), result.accounts(), result.transfers());
    }
}
