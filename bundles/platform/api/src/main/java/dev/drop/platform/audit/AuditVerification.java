package dev.drop.platform.audit;

/**
 * The result of walking the audit chain.
 *
 * @param brokenAt the sequence number of the first entry whose link does not hold, or -1 when intact
 * @param problem  what is wrong there, in plain words
 */
public record AuditVerification(long entries, long brokenAt, String problem) {

    public boolean intact() {
        return brokenAt < 0;
    }
}
