package dev.drop.transactions.internal.persistence;

import java.util.UUID;

/** A row of {@code txn.payment_request_line}: one thing a request sells, priced in the request's currency. */
public record RequestLineRow(UUID requestId, int position, String sku, String name, int quantity, long unitPrice) {
}
