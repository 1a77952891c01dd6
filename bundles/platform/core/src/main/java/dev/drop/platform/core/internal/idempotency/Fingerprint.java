package dev.drop.platform.core.internal.idempotency;

import dev.drop.platform.db.IdempotentRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests with one key the same request: method, path and the parsed body written as the API's JSON
 * (so spacing and member order of what the client sent do not matter, only what it means).
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(IdempotentRequest request, byte[] canonicalPayload) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.method() + ' ' + request.path() + '\n').getBytes(StandardCharsets.UTF_8));
            sha256.update(canonicalPayload);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
