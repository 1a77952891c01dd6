package dev.drop.platform.core.internal.audit;

import dev.drop.platform.audit.AuditEntry;
import dev.drop.platform.core.internal.persistence.AuditHead;
import dev.drop.platform.core.internal.persistence.AuditMapper;
import dev.drop.platform.core.internal.persistence.AuditRow;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.apache.ibatis.session.SqlSession;

/**
 * Appends to the chain inside a caller's transaction, so a change and its audit entry commit together. The head row
 * is locked first: appends from every thread and node take turns.
 */
public final class AuditWriter {

    private final Clock clock;

    public AuditWriter(Clock clock) {
        this.clock = clock;
    }

    public AuditEntry append(SqlSession session, String actor, String action, String target, String detail) {
        AuditMapper audit = session.getMapper(AuditMapper.class);
        AuditHead head = audit.lockHead();
        AuditRow row = link(head, clip(actor, 200), clip(action, 100), clip(target, 300), clip(detail, 10_000));
        audit.insert(row);
        audit.moveHead(row.seq(), row.hash());
        return new AuditEntry(row.seq(), row.at(), row.actor(), row.action(), row.target(), row.detail(), row.hash());
    }

    private AuditRow link(AuditHead head, String actor, String action, String target, String detail) {
        long seq = head.seq() + 1;
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditChain.link(head.hash(), seq, at, actor, action, target, detail);
        return new AuditRow(seq, at, actor, action, target, detail, head.hash(), hash);
    }

    private static String clip(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
