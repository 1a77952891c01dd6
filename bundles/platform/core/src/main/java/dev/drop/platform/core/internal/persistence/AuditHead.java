package dev.drop.platform.core.internal.persistence;

/** The newest link of the audit chain ({@code platform.audit_head}). */
public record AuditHead(long seq, String hash) {
}
