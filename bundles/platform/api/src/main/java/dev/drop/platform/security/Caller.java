package dev.drop.platform.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated party behind a request, as the REST layer's {@code SecurityContext} principal.
 *
 * @param subject the stable id of the user (or API key) the request acts for
 * @param roles   the platform roles it holds
 */
public record Caller(String subject, Set<Role> roles) implements Principal {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public String getName() {
        return subject;
    }
}
