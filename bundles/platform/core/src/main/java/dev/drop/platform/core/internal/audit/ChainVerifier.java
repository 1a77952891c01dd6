package dev.drop.platform.core.internal.audit;

import dev.drop.platform.audit.AuditVerification;
import dev.drop.platform.core.internal.persistence.AuditHead;
import dev.drop.platform.core.internal.persistence.AuditRow;

/**
 * Walks the chain entry by entry (in sequence order) and remembers the first link that does not hold: a missing
 * number (removed), a hash that does not match the entry (changed), or a previous hash that does not match the
 * previous entry (changed or removed before it).
 */
final class ChainVerifier {

    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;
    private long checked;
    private long brokenAt = -1;
    private String problem = "";

    void accept(AuditRow row) {
        checked++;
        if (brokenAt >= 0) {
            return;
        }
        if (row.seq() != expectedSeq) {
            fail(expectedSeq, "entry " + expectedSeq + " is missing: it was removed");
        } else if (!row.prevHash().equals(previousHash)) {
            fail(row.seq(), "entry " + row.seq() + " does not follow entry " + (row.seq() - 1)
                    + ": that entry was changed or replaced");
        } else if (!row.hash().equals(AuditChain.link(row.prevHash(), row.seq(), row.at(), row.actor(), row.action(),
                row.target(), row.detail()))) {
            fail(row.seq(), "entry " + row.seq() + " was changed after it was written");
        }
        expectedSeq = row.seq() + 1;
        previousHash = row.hash();
    }

    AuditVerification result(AuditHead head) {
        if (brokenAt < 0 && head.seq() != expectedSeq - 1) {
            fail(expectedSeq, "entries " + expectedSeq + " to " + head.seq() + " were removed from the end");
        } else if (brokenAt < 0 && !head.hash().equals(previousHash)) {
            fail(head.seq(), "entry " + head.seq() + " does not match the chain's recorded head");
        }
        return new AuditVerification(checked, brokenAt, problem);
    }

    private void fail(long seq, String why) {
        brokenAt = seq;
        problem = why;
    }
}
