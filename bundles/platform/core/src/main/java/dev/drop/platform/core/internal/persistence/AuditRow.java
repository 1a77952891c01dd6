package dev.drop.platform.core.internal.persistence;

import java.time.Instant;

/** A row of {@code platform.audit_log}. */
public record AuditRow(long seq, Instant at, String actor, String action, String target, String detail,
                       String prevHash, String hash) {
}
