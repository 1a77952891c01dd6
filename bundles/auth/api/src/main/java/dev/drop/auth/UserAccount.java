package dev.drop.auth;

import dev.drop.platform.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A user as other modules see it: no credentials, no sessions.
 *
 * @param id        the user's id, the {@code sub} of their access tokens
 * @param email     the normalised e-mail address they sign in with
 * @param roles     the platform roles they hold
 * @param locked    whether an administrator locked the account
 * @param createdAt when they registered
 */
public record UserAccount(UUID id, String email, Set<Role> roles, boolean locked, Instant createdAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
