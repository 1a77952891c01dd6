package dev.drop.transactions.internal.ledger;

import java.util.UUID;

/** What a chain does to an open hold: opens it (a pending transfer), uses part of it, or closes it. */
record HoldChange(UUID pendingId, Kind kind, long by) {

    enum Kind { OPEN, REDUCE, CLOSE }

    static HoldChange open(UUID pendingId) {
        return new HoldChange(pendingId, Kind.OPEN, 0);
    }

    static HoldChange reduce(UUID pendingId, long by) {
        return new HoldChange(pendingId, Kind.REDUCE, by);
    }

    static HoldChange close(UUID pendingId) {
        return new HoldChange(pendingId, Kind.CLOSE, 0);
    }
}
