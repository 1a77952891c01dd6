package dev.drop.transactions;

import java.util.List;

/**
 * The transfers of a chain the ledger holds after a post.
 *
 * @param existed whether the whole chain had been posted before (a retry): nothing moved this time
 */
public record Posted(List<Transfer> transfers, boolean existed) {

    public Posted {
        transfers = List.copyOf(transfers);
    }

    public Transfer first() {
        return transfers.get(0);
    }
}
