package dev.drop.transactions.internal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(List.of());

    @Test
    void refusesInternalIpv4() throws Exception {
        for (String address : List.of("127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255")) {
            assertFalse(guard.permits(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void refusesInternalIpv6AndIpv4InsideIt() throws Exception {
        for (String address : List.of("::1", "::", "fe80::1", "fd12:3456::1", "fc00::1", "ff02::1", "::ffff:127.0.0.1",
                "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::1")) {
            assertFalse(guard.permits(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void permitsPublicAddresses() throws Exception {
        for (String address : List.of("93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
                "::ffff:8.8.8.8")) {
            assertTrue(guard.permits(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void decimalAndShortFormsAreTheAddressesTheyEncode() throws Exception {
        assertEquals(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("2130706433"));
        assertThrows(AddressGuard.RefusedAddressException.class, () -> guard.resolve("2130706433"));
        assertThrows(AddressGuard.RefusedAddressException.class, () -> guard.resolve("127.1"));
        assertThrows(AddressGuard.RefusedAddressException.class, () -> guard.resolve("0177.0.0.1".replace("0177", "127")));
    }

    @Test
    void namesThatResolveToLoopbackAreRefused() {
        assertThrows(AddressGuard.RefusedAddressException.class, () -> guard.resolve("localhost"));
    }

    @Test
    void operatorsAllowRanges() throws Exception {
        AddressGuard allowing = new AddressGuard(List.of("127.0.0.1/32", " 10.20.0.0/16", "fd00::/8"));
        assertTrue(allowing.permits(InetAddress.getByName("127.0.0.1")));
        assertFalse(allowing.permits(InetAddress.getByName("127.0.0.2")));
        assertTrue(allowing.permits(InetAddress.getByName("10.20.9.9")));
        assertFalse(allowing.permits(InetAddress.getByName("10.21.0.1")));
        assertTrue(allowing.permits(InetAddress.getByName("fd00::5")));
        assertTrue(allowing.permits(InetAddress.getByName("::ffff:127.0.0.1")));
        assertThrows(IllegalArgumentException.class, () -> new AddressGuard(List.of("example.org/8")));
        assertThrows(IllegalArgumentException.class, () -> new AddressGuard(List.of("10.0.0.0/33")));
    }
}
