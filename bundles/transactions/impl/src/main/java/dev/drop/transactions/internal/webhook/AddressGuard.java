package dev.drop.transactions.internal.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Keeps deliveries off the platform's own networks: no loopback, private, link-local, carrier-grade NAT, unspecified
 * or multicast address (IPv4, IPv6, or IPv4 inside IPv6), unless an operator allowed its range. Checked on the
 * addresses a name resolves to, when an endpoint is registered and again on every connection.
 */
final class AddressGuard {

    private static final List<Cidr> INTERNAL = Stream.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/3",
            "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8", "64:ff9b::/96", "2002::/16").map(Cidr::parse).toList();

    private final List<Cidr> allowed;

    AddressGuard(List<String> allowNetworks) {
        this.allowed = allowNetworks.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .map(Cidr::parse).toList();
    }

    /** Whether a delivery may connect to this address. */
    boolean permits(InetAddress address) {
        InetAddress effective = embeddedIpv4(address);
        if (allowed.stream().anyMatch(range -> range.contains(address) || range.contains(effective))) {
            return true;
        }
        return INTERNAL.stream().noneMatch(range -> range.contains(effective)) && !effective.isAnyLocalAddress()
                && !effective.isLoopbackAddress() && !effective.isLinkLocalAddress() && !effective.isSiteLocalAddress()
                && !effective.isMulticastAddress();
    }

    /** The addresses of {@code host} deliveries may use; refused when any it resolves to is internal. */
    List<InetAddress> resolve(String host) throws UnknownHostException {
        List<InetAddress> addresses = Arrays.asList(InetAddress.getAllByName(host));
        List<InetAddress> refused = addresses.stream().filter(address -> !permits(address)).toList();
        if (!refused.isEmpty()) {
            throw new RefusedAddressException(host, refused.get(0));
        }
        return addresses;
    }

    /** The IPv4 address inside an IPv4-mapped or -compatible IPv6 address; else the address itself. */
    private static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return address;
            }
        }
        boolean mapped = bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
        boolean compatible = bytes[10] == 0 && bytes[11] == 0 && (bytes[12] != 0 || bytes[13] != 0);
        if (!mapped && !compatible) {
            return address;
        }
        try {
            return Inet4Address.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** A host that resolves to an address deliveries may not reach. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String host, InetAddress address) {
            super(host + " resolves to " + address.getHostAddress()
                    + ", a private, loopback or link-local address that webhooks may not reach");
        }
    }
}
