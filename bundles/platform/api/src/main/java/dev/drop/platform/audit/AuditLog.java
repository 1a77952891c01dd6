package dev.drop.platform.audit;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only, hash-chained audit trail. Each entry's hash covers the previous entry's hash, so changing or
 * removing any entry breaks the chain from there on, which {@link #verify()} reports.
 */
@ProviderType
public interface AuditLog {

    /** Appends an entry in its own transaction and returns it. */
    AuditEntry record(String actor, String action, String target, String detail);

    /** The newest {@code count} entries, newest last. */
    List<AuditEntry> tail(int count);

    /** Walks the whole chain and reports the first link that does not hold. */
    AuditVerification verify();
}
