package dev.drop.cards;

/** The events the cards module publishes; payloads carry ids and Money, never a card number or CVV. */
public final class CardEvents {

    public static final String ISSUED = "card.issued";
    public static final String AUTHORIZED = "card.authorized";
    public static final String DECLINED = "card.declined";
    public static final String CLEARED = "card.cleared";
    public static final String REVERSED = "card.reversed";

    private CardEvents() {
    }
}
