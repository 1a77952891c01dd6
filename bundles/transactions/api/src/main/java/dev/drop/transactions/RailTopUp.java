package dev.drop.transactions;

import dev.drop.platform.money.Money;
import java.util.UUID;

/** A top-up to pull: Drop's reference for it (the top-up's id), the amount and the customer. */
public record RailTopUp(UUID reference, Money amount, UUID user) {
}
