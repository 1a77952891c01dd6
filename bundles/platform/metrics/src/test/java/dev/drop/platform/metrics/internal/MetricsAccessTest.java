package dev.drop.platform.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsAccessTest {

    private static MetricsAccess access(Map<String, Object> given) {
        MetricsAccess.Config config = (MetricsAccess.Config) Proxy.newProxyInstance(
                MetricsAccess.Config.class.getClassLoader(), new Class<?>[] {MetricsAccess.Config.class},
                (proxy, method, args) -> given.getOrDefault(method.getName(), method.getDefaultValue()));
        return new MetricsAccess(config);
    }

    @Test
    void byDefaultOnlyCallersOnThisMachineThatNoProxyForwardedAreServed() {
        MetricsAccess access = access(Map.of());

        assertThat(access.allows("127.0.0.1", null, false)).isTrue();
        assertThat(access.allows("0:0:0:0:0:0:0:1", null, false)).isTrue();
        assertThat(access.allows("127.0.0.1", null, true)).as("a proxy on this machine forwarding a caller").isFalse();
        assertThat(access.allows("10.1.2.3", null, false)).isFalse();
        assertThat(access.allows("10.1.2.3", "Bearer anything", false)).as("no token is configured").isFalse();
        assertThat(access.tokenConfigured()).isFalse();
    }

    @Test
    void theScrapeTokenOpensTheMetricsToAnyAddress() {
        MetricsAccess access = access(Map.of("_scrapeToken", "s3cret-scrape-token"));

        assertThat(access.allows("10.1.2.3", "Bearer s3cret-scrape-token", true)).isTrue();
        assertThat(access.allows("10.1.2.3", "Bearer s3cret-scrape-tokex", false)).isFalse();
        assertThat(access.allows("10.1.2.3", "s3cret-scrape-token", false)).isFalse();
        assertThat(access.allows("10.1.2.3", null, false)).isFalse();
    }

    @Test
    void loopbackCallersCanBeMadeToShowTheTokenToo() {
        MetricsAccess access = access(Map.of("_scrapeToken", "t0ken", "loopbackWithoutToken", false));

        assertThat(access.allows("127.0.0.1", null, false)).isFalse();
        assertThat(access.allows("127.0.0.1", "Bearer t0ken", false)).isTrue();
    }

    @Test
    void anAddressThatIsNotAnIpLiteralIsNeverTakenForLoopback() {
        MetricsAccess access = access(Map.of());

        assertThat(access.allows("localhost", null, false)).as("names are not looked up").isFalse();
        assertThat(access.allows("", null, false)).isFalse();
        assertThat(access.allows(null, null, false)).isFalse();
        assertThat(access.allows("127.0.0.1.evil", null, false)).isFalse();
    }
}
