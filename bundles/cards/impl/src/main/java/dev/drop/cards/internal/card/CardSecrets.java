package dev.drop.cards.internal.card;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The card numbers' secrets, with the JDK's crypto: numbers encrypted with AES-256-GCM (a fresh 12-byte nonce each, the
 * card's id as associated data, so a cipher text cannot be moved to another card), a keyed hash (HMAC-SHA256) to find a
 * card by its number, and the CVV derived from number and expiry with a key of its own (HMAC-SHA256, reduced to three
 * digits): it is never stored.
 */
public final class CardSecrets {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys;
    private final String activeKey;
    private final SecretKeySpec lookupKey;
    private final SecretKeySpec cvvKey;

    public CardSecrets(String encryptionKeys, String activeKey, String lookupKey, String cvvKey) {
        this.keys = parseKeys(encryptionKeys);
        if (!keys.containsKey(activeKey)) {
            throw new IllegalArgumentException("activeKey " + activeKey + " is not among encryptionKeys " + keys.keySet());
        }
        this.activeKey = activeKey;
        this.lookupKey = new SecretKeySpec(secret(lookupKey, "lookupKey"), "HmacSHA256");
        this.cvvKey = new SecretKeySpec(secret(cvvKey, "cvvKey"), "HmacSHA256");
    }

    /** An encrypted number and the id of the key that encrypted it. */
    public record Sealed(String cipherText, String keyId) {
    }

    public String activeKey() {
        return activeKey;
    }

    public Sealed seal(UUID card, String pan) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(card.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(pan.getBytes(StandardCharsets.US_ASCII));
            return new Sealed(Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array()), activeKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The number a sealed one holds; fails when its key is not configured or the cipher text was changed. */
    public String open(UUID card, Sealed sealed) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("the key " + sealed.keyId() + " a card was encrypted with is not configured");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.cipherText());
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(card.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a card's number does not decrypt: its cipher text or key is not the one "
                    + "it was sealed with", e);
        }
    }

    /** The keyed hash a card is found by, hex. */
    public String lookupHash(String pan) {
        return HexFormat.of().formatHex(mac(lookupKey, pan));
    }

    /** The card's CVV: the same for the same number and expiry, unpredictable without the key. */
    public String cvv(String pan, int expMonth, int expYear) {
        byte[] mac = mac(cvvKey, pan + "|" + String.format("%02d%04d", expMonth, expYear));
        long value = ByteBuffer.wrap(mac, 0, Long.BYTES).getLong() & Long.MAX_VALUE;
        return String.format("%03d", value % 1000);
    }

    private static byte[] mac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static Map<String, SecretKeySpec> parseKeys(String configured) {
        Map<String, SecretKeySpec> parsed = new LinkedHashMap<>();
        for (String entry : (configured == null ? "" : configured).split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("an encryption key is id:base64, not " + entry.strip().charAt(0) + "...");
            }
            String id = entry.substring(0, colon).strip();
            byte[] key = secret(entry.substring(colon + 1), "encryption key " + id);
            if (key.length != 32) {
                throw new IllegalArgumentException("encryption key " + id + " must be 32 bytes (AES-256), not " + key.length);
            }
            parsed.put(id, new SecretKeySpec(key, "AES"));
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("encryptionKeys names no key");
        }
        return parsed;
    }

    private static byte[] secret(String base64, String name) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not base64");
        }
        if (bytes.length < 32) {
            throw new IllegalArgumentException(name + " must be at least 32 bytes");
        }
        return bytes;
    }
}
