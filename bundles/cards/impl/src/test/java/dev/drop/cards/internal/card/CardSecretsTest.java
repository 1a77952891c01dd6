package dev.drop.cards.internal.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Encryption round trip and rotation, the look-up hash, and the CVV derived from the number and expiry. */
class CardSecretsTest {

    private static final String K1 = key(1);
    private static final String K2 = key(2);
    private static final String LOOKUP = key(3);
    private static final String CVV = key(4);
    private static final String PAN = "4895370000000018";

    private static String key(int seed) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aNumberSealedForOneCardOpensForItAndForNoOtherAndNotWhenChanged() {
        CardSecrets secrets = new CardSecrets("k1:" + K1, "k1", LOOKUP, CVV);
        UUID card = UUID.randomUUID();
        CardSecrets.Sealed sealed = secrets.seal(card, PAN);
        assertEquals("k1", sealed.keyId());
        assertTrue(!sealed.cipherText().contains(PAN));
        assertNotEquals(sealed.cipherText(), secrets.seal(card, PAN).cipherText(), "a fresh nonce each time");
        assertEquals(PAN, secrets.open(card, sealed));
        assertThrows(IllegalStateException.class, () -> secrets.open(UUID.randomUUID(), sealed));
        byte[] bytes = Base64.getDecoder().decode(sealed.cipherText());
        bytes[bytes.length - 1] ^= 1;
        assertThrows(IllegalStateException.class,
                () -> secrets.open(card, new CardSecrets.Sealed(Base64.getEncoder().encodeToString(bytes), "k1")));
    }

    @Test
    void afterRotationOldCipherTextsStillOpenAndNewOnesUseTheActiveKey() {
        UUID card = UUID.randomUUID();
        CardSecrets.Sealed old = new CardSecrets("k1:" + K1, "k1", LOOKUP, CVV).seal(card, PAN);
        CardSecrets rotated = new CardSecrets("k1:" + K1 + ",k2:" + K2, "k2", LOOKUP, CVV);
        assertEquals(PAN, rotated.open(card, old));
        CardSecrets.Sealed resealed = rotated.seal(card, rotated.open(card, old));
        assertEquals("k2", resealed.keyId());
        CardSecrets retired = new CardSecrets("k2:" + K2, "k2", LOOKUP, CVV);
        assertEquals(PAN, retired.open(card, resealed));
        assertThrows(IllegalStateException.class, () -> retired.open(card, old));
    }

    @Test
    void theLookUpHashAndTheCvvAreStableAndKeyed() {
        CardSecrets secrets = new CardSecrets("k1:" + K1, "k1", LOOKUP, CVV);
        assertEquals(secrets.lookupHash(PAN), new CardSecrets("k2:" + K2, "k2", LOOKUP, CVV).lookupHash(PAN));
        assertNotEquals(secrets.lookupHash(PAN), new CardSecrets("k1:" + K1, "k1", key(9), CVV).lookupHash(PAN));
        assertEquals(64, secrets.lookupHash(PAN).length());
        String cvv = secrets.cvv(PAN, 12, 2029);
        assertTrue(cvv.matches("[0-9]{3}"), cvv);
        assertEquals(cvv, secrets.cvv(PAN, 12, 2029));
        int differ = 0;
        for (int year = 2030; year < 2050; year++) {
            differ += secrets.cvv(PAN, 12, year).equals(cvv) ? 0 : 1;
        }
        assertTrue(differ >= 18, "another expiry gives another CVV nearly always: " + differ);
        assertNotEquals(cvv + secrets.cvv(PAN, 1, 2029), new CardSecrets("k1:" + K1, "k1", LOOKUP, key(8)).cvv(PAN, 12, 2029)
                + new CardSecrets("k1:" + K1, "k1", LOOKUP, key(8)).cvv(PAN, 1, 2029));
    }

    @Test
    void badKeysAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new CardSecrets("k1:" + K1, "k2", LOOKUP, CVV));
        assertThrows(IllegalArgumentException.class, () -> new CardSecrets("k1:c2hvcnQ=", "k1", LOOKUP, CVV));
        assertThrows(IllegalArgumentException.class, () -> new CardSecrets("", "k1", LOOKUP, CVV));
        assertThrows(IllegalArgumentException.class, () -> new CardSecrets("k1:" + K1, "k1", "not base64!", CVV));
    }
}
