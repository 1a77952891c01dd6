package dev.drop.platform.audit;

import java.time.Instant;

/**
 * One entry of the audit trail.
 *
 * @param actor  who did it: a user id, {@code console:<user>}, or {@code system}
 * @param action what was done, dotted, e.g. {@code module.disable}, {@code flag.change}, {@code auth.login.failed}
 * @param target what it was done to, e.g. {@code module:cards}
 * @param detail free text or JSON: the reason, old and new values
 * @param hash   this entry's link in the chain: SHA-256 over the previous hash and this entry
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String target, String detail, String hash) {
}
