package dev.drop.rail.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import dev.drop.transactions.RailCallback;
import dev.drop.transactions.RailCallbackRejectedException;
import dev.drop.transactions.RailEvent;
import dev.drop.transactions.RailUpdate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The bank's callback messages, signed as Standard Webhooks 1.0 prescribes ({@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature}: HMAC-SHA256 over id, timestamp and body), and read back only
 * when the signature and a fresh timestamp (five minutes either way) hold.
 */
final class BankMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Webhook webhook;

    BankMessages(String secret) {
        this.webhook = new Webhook(secret);
    }

    static String payload(RailEvent event, UUID reference, String reason) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", event.name().toLowerCase(Locale.ROOT).replace('_', '.'));
        body.put("reference", reference.toString());
        if (reason != null) {
            body.put("reason", reason);
        }
        return body.toString();
    }

    /** The headers that sign {@code payload} as message {@code id} sent at {@code epochSeconds}. */
    Map<String, String> sign(String id, long epochSeconds, String payload) {
        try {
            return Map.of("webhook-id", id, "webhook-timestamp", Long.toString(epochSeconds), "webhook-signature",
                    webhook.sign(id, epochSeconds, payload));
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("cannot sign with the configured secret: " + e.getMessage(), e);
        }
    }

    List<RailUpdate> read(RailCallback callback) {
        String payload = new String(callback.body(), StandardCharsets.UTF_8);
        try {
            webhook.verify(payload, callback.headers());
        } catch (WebhookVerificationException e) {
            throw new RailCallbackRejectedException(e.getMessage() == null ? "the signature does not verify" : e.getMessage());
        }
        String id = callback.headers().get("webhook-id").get(0);
        try {
            JsonNode body = JSON.readTree(payload);
            RailEvent event = RailEvent.valueOf(body.path("type").asText().toUpperCase(Locale.ROOT).replace('.', '_'));
            UUID reference = UUID.fromString(body.path("reference").asText());
            String reason = body.hasNonNull("reason") ? body.get("reason").asText() : null;
            return List.of(new RailUpdate(id, reference, event, reason));
        } catch (IOException | IllegalArgumentException e) {
            throw new RailCallbackRejectedException("a signed callback the rail cannot read: " + e.getMessage());
        }
    }
}
