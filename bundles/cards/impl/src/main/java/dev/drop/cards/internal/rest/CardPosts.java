package dev.drop.cards.internal.rest;

import dev.drop.cards.internal.persistence.CardsStore;
import dev.drop.platform.db.Idempotency;
import dev.drop.platform.db.IdempotentRequest;
import dev.drop.platform.db.IdempotentWork;
import dev.drop.platform.db.Transactions;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The network's money-moving POSTs through the platform's idempotency keys, in the cards schema's transaction: the hold
 * or its clearing, the module's record and the key's kept answer commit together.
 */
@Component(service = CardPosts.class)
public final class CardPosts {

    private final Idempotency idempotency;
    private final Transactions transactions;

    @Activate
    public CardPosts(@Reference Idempotency idempotency, @Reference CardsStore store) {
        this.idempotency = idempotency;
        this.transactions = store.transactions();
    }

    Response perform(String key, String caller, UriInfo uri, Object payload, IdempotentWork work) {
        IdempotentRequest request = IdempotentRequest.of(key, caller, "POST", uri.getPath(), payload);
        return Response.ok(idempotency.perform(request, transactions, work)).build();
    }
}
