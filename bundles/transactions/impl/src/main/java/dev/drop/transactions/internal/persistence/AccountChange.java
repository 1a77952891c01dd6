package dev.drop.transactions.internal.persistence;

import java.util.UUID;

/**
 * What a chain changes on one account, applied in one conditional update.
 *
 * @param debiting whether it adds new debits (which a frozen account refuses)
 */
public record AccountChange(UUID id, String currency, long debitsPending, long debitsPosted, long creditsPending,
                            long creditsPosted, boolean debiting) {
}
