package dev.drop.platform.rest.internal.security;

import dev.drop.platform.problem.ProblemType;
import dev.drop.platform.security.Caller;
import dev.drop.platform.security.Role;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;

/**
 * The roles one resource method admits: 401 without a caller (or with credentials nothing present accepts), 503 with an
 * access token while sign-in is unavailable, 403 without a role.
 */
@Priority(Priorities.AUTHORIZATION)
final class AccessRule implements ContainerRequestFilter {

    private final Set<Role> admitted;
    private final boolean denyAll;

    AccessRule(Set<Role> admitted, boolean denyAll) {
        this.admitted = Set.copyOf(admitted);
        this.denyAll = denyAll;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (denyAll) {
            throw ProblemType.FORBIDDEN.exception("Nobody may use this route.");
        }
        if (!(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)) {
            Object unverifiable = request.getProperty(BearerAuthentication.UNVERIFIABLE);
            if (unverifiable == CredentialShape.ACCESS_TOKEN) {
                throw ProblemType.UNAVAILABLE.exception("Sign-in is unavailable right now, so this route is closed; "
                        + "the module that checks these credentials is not running.");
            }
            if (unverifiable != null) {
                throw BearerAuthentication.refused("invalid_token", "No running module accepts these credentials: they "
                        + "are malformed, or of a kind whose module is disabled.");
            }
            throw BearerAuthentication.refused("invalid_request", "This route needs a signed-in caller: send "
                    + "'Authorization: Bearer <access token>'.");
        }
        for (Role role : caller.roles()) {
            if (admitted.contains(role)) {
                return;
            }
        }
        throw ProblemType.FORBIDDEN.exception("This route needs the role " + admitted.stream().map(Enum::name).sorted()
                .collect(Collectors.joining(" or ")) + ".");
    }
}
