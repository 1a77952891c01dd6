package dev.drop.transactions.internal.rest;

import dev.drop.platform.db.Idempotency;
import dev.drop.platform.db.IdempotentRequest;
import dev.drop.platform.db.IdempotentWork;
import dev.drop.platform.db.Transactions;
import dev.drop.transactions.internal.Retrying;
import dev.drop.transactions.internal.persistence.LedgerStore;
import java.util.UUID;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's money-moving POSTs, each through the platform's idempotency keys in the module's own transaction: the
 * caller's key, the path and the parsed body make the request; its kept answer goes out as kept.
 */
@Component(service = IdempotentPosts.class)
public final class IdempotentPosts {

    private final Idempotency idempotency;
    private final Transactions transactions;

    @Activate
    public IdempotentPosts(@Reference Idempotency idempotency, @Reference LedgerStore store) {
        this.idempotency = idempotency;
        this.transactions = store.transactions();
    }

    Response perform(String key, UUID caller, UriInfo uri, Object payload, IdempotentWork work) {
        return perform(key, caller.toString(), uri, payload, work);
    }

    /** For callers who are not a person: an API key ({@code apikey:<id>}), whose keys are its own. */
    Response perform(String key, String caller, UriInfo uri, Object payload, IdempotentWork work) {
        IdempotentRequest request = IdempotentRequest.of(key, caller, "POST", uri.getPath(), payload);
        return Response.ok(Retrying.transiently(() -> idempotency.perform(request, transactions, work))).build();
    }
}
