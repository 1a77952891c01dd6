package dev.drop.platform.rest.internal.security;

import dev.drop.platform.security.Caller;
import dev.drop.platform.security.Role;
import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** The security context of a request whose bearer credentials were verified. */
record CallerContext(Caller caller, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        for (Role held : caller.roles()) {
            if (held.name().equals(role)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
