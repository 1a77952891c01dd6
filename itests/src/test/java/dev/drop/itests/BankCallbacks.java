package dev.drop.itests;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Callbacks as the sandbox bank sends them, signed the Standard Webhooks way with the secret the test configured. */
final class BankCallbacks {

    /** The published Standard Webhooks example secret; the test distribution's sandbox bank signs with it. */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private BankCallbacks() {
    }

    static String body(String type, String reference) {
        return "{\"type\":\"" + type + "\",\"reference\":\"" + reference + "\"}";
    }

    static String[] headers(String id, long timestamp, String body, String secret) {
        return new String[] {"webhook-id", id, "webhook-timestamp",
                Long.toString(timestamp), "webhook-signature", signature(id, timestamp, body, secret)};
    }

    static String signature(String id, long timestamp, String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
