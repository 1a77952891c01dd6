package dev.drop.auth.internal.rest;

import dev.drop.platform.security.ClientAddress;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;

/** Where a request comes from, as sessions and lockouts record it. */
record ClientInfo(String address, String userAgent) {

    static ClientInfo of(ContainerRequestContext request) {
        Object address = request.getProperty(ClientAddress.PROPERTY);
        return new ClientInfo(address == null ? "unknown" : address.toString(), request.getHeaderString(HttpHeaders.USER_AGENT));
    }
}
