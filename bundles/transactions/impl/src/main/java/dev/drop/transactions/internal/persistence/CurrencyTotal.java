package dev.drop.transactions.internal.persistence;

/** The sums of all accounts' balances in one currency; both are zero in a sound ledger. */
public record CurrencyTotal(String currency, long posted, long pending, long accounts) {
}
