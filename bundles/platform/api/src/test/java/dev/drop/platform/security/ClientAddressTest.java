package dev.drop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final UnaryOperator<String> NO_HEADERS = name -> null;

    @Test
    void aLoopbackPeerThatNoProxyForwardedIsLocal() {
        assertThat(ClientAddress.isLocal("127.0.0.1", NO_HEADERS)).isTrue();
        assertThat(ClientAddress.isLocal("0:0:0:0:0:0:0:1", NO_HEADERS)).isTrue();
        assertThat(ClientAddress.isLocal("10.1.2.3", NO_HEADERS)).isFalse();
    }

    @Test
    void aProxyOnThisMachineForwardsCallersFromAnywhere() {
        assertThat(ClientAddress.isLocal("127.0.0.1", Map.of("X-Forwarded-For", "203.0.113.9")::get)).isFalse();
        assertThat(ClientAddress.isLocal("127.0.0.1", Map.of("Forwarded", "for=203.0.113.9")::get)).isFalse();
    }

    @Test
    void anAddressThatIsNotAnIpLiteralIsNeverTakenForLoopback() {
        assertThat(ClientAddress.isLocal("localhost", NO_HEADERS)).as("names are not looked up").isFalse();
        assertThat(ClientAddress.isLocal("", NO_HEADERS)).isFalse();
        assertThat(ClientAddress.isLocal(null, NO_HEADERS)).isFalse();
        assertThat(ClientAddress.isLocal("127.0.0.1.evil", NO_HEADERS)).isFalse();
    }
}
