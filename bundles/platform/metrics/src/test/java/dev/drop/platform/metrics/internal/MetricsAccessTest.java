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

        assertThat(access.allows(true, null)).isTrue();
        assertThat(access.allows(false, null)).isFalse();
        assertThat(access.allows(false, "Bearer anything")).as("no token is configured").isFalse();
        assertThat(access.tokenConfigured()).isFalse();
    }

    @Test
    void theScrapeTokenOpensTheMetricsToAnyAddress() {
        MetricsAccess access = access(Map.of("_scrapeToken", "s3cret-scrape-token"));

        assertThat(access.allows(false, "Bearer s3cret-scrape-token")).isTrue();
        assertThat(access.allows(false, "Bearer s3cret-scrape-tokex")).isFalse();
        assertThat(access.allows(false, "s3cret-scrape-token")).isFalse();
        assertThat(access.allows(false, null)).isFalse();
    }

    @Test
    void loopbackCallersCanBeMadeToShowTheTokenToo() {
        MetricsAccess access = access(Map.of("_scrapeToken", "t0ken", "loopbackWithoutToken", false));

        assertThat(access.allows(true, null)).isFalse();
        assertThat(access.allows(true, "Bearer t0ken")).isTrue();
    }
}
