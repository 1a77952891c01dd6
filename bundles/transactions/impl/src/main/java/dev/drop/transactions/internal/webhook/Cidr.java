package dev.drop.transactions.internal.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A range of IP addresses, {@code 10.0.0.0/8} or {@code fd00::/8}; an IPv4 range never holds an IPv6 address. */
record Cidr(byte[] network, int prefix) {

    static Cidr parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length > 2 || !parts[0].matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not a CIDR range: " + text);
        }
        byte[] address;
        try {
            address = InetAddress.getByName(parts[0]).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a CIDR range: " + text, e);
        }
        int prefix = parts.length == 1 ? address.length * 8 : Integer.parseInt(parts[1]);
        if (prefix < 0 || prefix > address.length * 8) {
            throw new IllegalArgumentException("prefix out of range: " + text);
        }
        return new Cidr(address, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[full] & mask) == (network[full] & mask);
    }
}
