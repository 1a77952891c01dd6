package dev.drop.platform.rest.internal;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** The security context of a request nobody has authenticated (yet). */
record AnonymousSecurityContext(boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return null;
    }

    @Override
    public boolean isUserInRole(String role) {
        return false;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return null;
    }
}
