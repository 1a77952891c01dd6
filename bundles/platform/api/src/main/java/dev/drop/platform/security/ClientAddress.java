package dev.drop.platform.security;

/** Where a request came from, for lockouts and session lists. */
public final class ClientAddress {

    /** The JAX-RS request property ({@code ContainerRequestContext.getProperty}) holding the client's IP address. */
    public static final String PROPERTY = "dev.drop.client.address";

    private ClientAddress() {
    }
}
