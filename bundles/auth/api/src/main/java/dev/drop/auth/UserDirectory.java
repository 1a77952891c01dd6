package dev.drop.auth;

import dev.drop.platform.security.Role;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** The registered users, for modules that refer to them (a merchant's owner and staff). */
@ProviderType
public interface UserDirectory {

    Optional<UserAccount> find(UUID id);

    /** The user signing in with this address, compared as auth normalises it (case, surrounding spaces). */
    Optional<UserAccount> findByEmail(String email);

    /**
     * Gives the user a role, audited with the actor and reason; their next access token carries it. Granting a role
     * the user holds changes nothing.
     *
     * @throws java.util.NoSuchElementException when there is no such user
     */
    void grant(UUID user, Role role, String actor, String reason);

    /**
     * Whether {@code password} is the user's password, for an action that asks a signed-in user to confirm who they are
     * (revealing a card's number). False for a user without a password or without this account.
     */
    boolean confirmsPassword(UUID user, String password);

    /** Whether the user turned on an authenticator app (TOTP) as their second factor. */
    boolean hasAuthenticator(UUID user);

    /**
     * Whether {@code code} is the current code of the user's authenticator app, for the same kind of confirmation; a
     * code that matches is used up. False for a user without an authenticator.
     */
    boolean confirmsAuthenticatorCode(UUID user, String code);
}
