package dev.drop.cards.internal.card;

/** Where a card stands: it pays, it is paused by its owner, or it is closed for good. */
public enum CardStatus {
    ACTIVE,
    FROZEN,
    CLOSED
}
