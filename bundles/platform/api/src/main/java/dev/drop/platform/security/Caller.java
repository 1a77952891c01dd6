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
 * @param session the sign-in session the credentials belong to, or {@code null} for credentials without one
 * @param scopes  what the credentials are limited to (e.g. an API key's {@code merchant:<id>}); empty for a user's
 *                own sign-in, which is limited by roles alone
 */
public record Caller(String subject, Set<Role> roles, String session, Set<String> scopes) implements Principal {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        scopes = Set.copyOf(scopes);
    }

    public Caller(String subject, Set<Role> roles) {
        this(subject, roles, null, Set.of());
    }

    /**
     * The caller of a request on a route that requires authentication, from {@code SecurityContext.getUserPrincipal()};
     * the REST layer never lets such a request reach a resource without one.
     */
    public static Caller of(Principal principal) {
        if (principal instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("the request has no authenticated caller; is the route marked @PermitAll?");
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String getName() {
        return subject;
    }
}
