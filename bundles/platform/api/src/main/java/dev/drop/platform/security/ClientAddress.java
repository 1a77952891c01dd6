package dev.drop.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.UnaryOperator;

/** Where a request came from, for lockouts and session lists, and whether it came from this machine itself. */
public final class ClientAddress {

    /** The JAX-RS request property ({@code ContainerRequestContext.getProperty}) holding the client's IP address. */
    public static final String PROPERTY = "dev.drop.client.address";

    private ClientAddress() {
    }

    /**
     * Whether a request started on this machine: its peer is a loopback address and no proxy forwarded it (it carries
     * no {@code Forwarded} or {@code X-Forwarded-For} header; a proxy on this machine forwards callers from anywhere).
     *
     * @param peerAddress the peer's IP address as the servlet container reports it; a name is never looked up
     * @param header      the request's header of a name, or null
     */
    public static boolean isLocal(String peerAddress, UnaryOperator<String> header) {
        boolean forwarded = header.apply("Forwarded") != null || header.apply("X-Forwarded-For") != null;
        return !forwarded && isLoopback(peerAddress);
    }

    private static boolean isLoopback(String address) {
        boolean ipLiteral = address != null && (address.indexOf(':') >= 0 || address.matches("[0-9.]{7,15}"));
        if (!ipLiteral) {
            return false;
        }
        try {
            // an IP literal: no name lookup happens
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
