package dev.drop.cards;

import dev.drop.platform.money.Money;
import java.util.Objects;
import java.util.UUID;

/**
 * What a rule sees of an authorization: never the card number, only the card's id, its holder and the merchant.
 *
 * @param amount   in the currency the merchant asked for
 * @param mcc      the merchant's category code (ISO 18245), four digits
 * @param country  the merchant's country, ISO 3166 alpha-2
 * @param channel  {@code ONLINE}, {@code CONTACTLESS} or {@code CHIP}
 */
public record AuthorizationRequest(UUID cardId, UUID userId, Money amount, String merchantName, String mcc,
                                   String country, String channel) {

    public AuthorizationRequest {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(amount, "amount");
    }
}
