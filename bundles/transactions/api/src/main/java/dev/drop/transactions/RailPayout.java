package dev.drop.transactions;

import dev.drop.platform.money.Money;
import java.util.UUID;

/** A payout to send: Drop's reference for it, the amount, and the beneficiary's account (IBAN, name). */
public record RailPayout(UUID reference, Money amount, String iban, String name) {
}
