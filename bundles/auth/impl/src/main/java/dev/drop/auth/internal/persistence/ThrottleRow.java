package dev.drop.auth.internal.persistence;

import java.time.Instant;

/** A row of {@code auth.login_throttle}: recent failed sign-ins for one e-mail or client address. */
public record ThrottleRow(String throttleKey, int failures, Instant lastFailureAt, Instant lockedUntil) {
}
