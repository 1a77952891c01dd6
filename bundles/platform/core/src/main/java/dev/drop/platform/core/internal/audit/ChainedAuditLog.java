package dev.drop.platform.core.internal.audit;

import dev.drop.platform.audit.AuditEntry;
import dev.drop.platform.audit.AuditLog;
import dev.drop.platform.audit.AuditVerification;
import dev.drop.platform.core.internal.persistence.AuditHead;
import dev.drop.platform.core.internal.persistence.AuditMapper;
import dev.drop.platform.core.internal.persistence.AuditRow;
import dev.drop.platform.core.internal.persistence.PlatformStore;
import dev.drop.platform.db.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@link AuditLog} over {@code platform.audit_log}. */
@Component
public final class ChainedAuditLog implements AuditLog {

    private static final int MAX_TAIL = 10_000;

    private final Transactions transactions;
    private final AuditWriter writer = new AuditWriter(Clock.systemUTC());

    @Activate
    public ChainedAuditLog(@Reference PlatformStore store) {
        this.transactions = store.transactions();
    }

    @Override
    public AuditEntry record(String actor, String action, String target, String detail) {
        return transactions.inTransaction(session -> writer.append(session, actor, action, target, detail));
    }

    @Override
    public List<AuditEntry> tail(int count) {
        int limit = Math.max(0, Math.min(count, MAX_TAIL));
        List<AuditRow> newest = transactions.read(session -> session.getMapper(AuditMapper.class).newest(limit));
        List<AuditEntry> entries = new ArrayList<>(newest.size());
        for (int i = newest.size() - 1; i >= 0; i--) {
            AuditRow row = newest.get(i);
            entries.add(new AuditEntry(row.seq(), row.at(), row.actor(), row.action(), row.target(), row.detail(), row.hash()));
        }
        return entries;
    }

    @Override
    public AuditVerification verify() {
        return transactions.read(session -> {
            AuditMapper audit = session.getMapper(AuditMapper.class);
            // the head first: entries appended while the walk runs are not part of what is checked
            AuditHead head = audit.head();
            ChainVerifier verifier = new ChainVerifier();
            audit.inOrder(head.seq(), context -> verifier.accept(context.getResultObject()));
            return verifier.result(head);
        });
    }
}
