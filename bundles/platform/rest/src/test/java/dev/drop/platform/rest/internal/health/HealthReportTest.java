package dev.drop.platform.rest.internal.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drop.platform.health.HealthCheck;
import dev.drop.platform.health.HealthResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthReportTest {

    private static HealthCheck check(String name, HealthResult result) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthResult check() {
                return result;
            }
        };
    }

    @Test
    void readyWhenEveryCheckIsUpAndTheModulesAreManaged() {
        HealthReport report = HealthReport.of(List.of(check("database", HealthResult.up("PostgreSQL 15.19, 2 ms"))), true);
        assertThat(report.ready()).isTrue();
        assertThat(report.status()).isEqualTo("UP");
        assertThat(HealthReport.of(List.of(), false).ready()).as("the module manager has not started").isFalse();
    }

    @Test
    void withoutDetailsKeepsNamesAndStatusesOnly() {
        HealthReport report = HealthReport.of(List.of(
                check("web", HealthResult.down("the web server does not serve servlet drop-storefront yet")),
                check("database", HealthResult.up("PostgreSQL 15.19, 2 ms"))), true);
        HealthReport forAnyone = report.withoutDetails();
        assertThat(forAnyone.ready()).isFalse();
        assertThat(forAnyone.checks()).containsExactly(
                new HealthReport.Check("database", "UP", null), new HealthReport.Check("web", "DOWN", null));
    }

    @Test
    void aCheckThatThrowsIsDownWithItsMessage() {
        HealthReport report = HealthReport.of(List.of(new HealthCheck() {
            @Override
            public String name() {
                return "throwing";
            }

            @Override
            public HealthResult check() {
                throw new IllegalStateException("pool closed");
            }
        }), true);
        assertThat(report.checks()).containsExactly(new HealthReport.Check("throwing", "DOWN", "the check failed: pool closed"));
    }
}
