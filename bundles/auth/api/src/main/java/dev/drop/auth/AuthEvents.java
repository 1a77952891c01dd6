package dev.drop.auth;

/** Types of the domain events auth publishes through the platform outbox; their aggregate is the user id. */
public final class AuthEvents {

    /** A user registered, with a password or through an OIDC provider. Payload: {@code {"id", "email"}}. */
    public static final String USER_REGISTERED = "auth.user.registered";

    /** A user's roles changed. Payload: {@code {"id", "roles"}}. */
    public static final String ROLES_CHANGED = "auth.user.roles-changed";

    /** An administrator locked or unlocked a user. Payload: {@code {"id", "locked"}}. */
    public static final String LOCK_CHANGED = "auth.user.lock-changed";

    private AuthEvents() {
    }
}
