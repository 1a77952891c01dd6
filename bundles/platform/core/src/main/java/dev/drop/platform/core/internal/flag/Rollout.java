package dev.drop.platform.core.internal.flag;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Sticky rollout buckets: a subject's bucket for a flag is a pure function of the two names, so it is the same after
 * restarts and on every node, and raising the percentage only ever adds subjects.
 */
public final class Rollout {

    /** Buckets per flag: percentages are applied in steps of 0.01 %. */
    public static final int BUCKETS = 10_000;

    private Rollout() {
    }

    /** The subject's bucket for the flag, in {@code [0, BUCKETS)}. */
    public static int bucket(String flag, String subject) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((flag + '\u0000' + subject).getBytes(StandardCharsets.UTF_8));
            return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), BUCKETS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static boolean includes(String flag, String subject, int percent) {
        return bucket(flag, subject) < percent * (BUCKETS / 100);
    }
}
