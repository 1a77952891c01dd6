package dev.drop.transactions.internal.persistence;

import java.util.UUID;

/** An account whose cached value is not what its history says. */
public record Disagreement(UUID accountId, String what, long cached, long computed) {
}
