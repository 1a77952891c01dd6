package dev.drop.platform.core.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.service.http.runtime.dto.DTOConstants;
import org.osgi.service.http.runtime.dto.FailedServletDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;

class LostServletsTest {

    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Instant BOOT = Instant.parse("2026-12-01T08:00:00Z");

    private final LostServlets lost = new LostServlets(GRACE);

    private static ServiceReference<?> apiServlet(long serviceId, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "service.id", serviceId,
                "component.name", "dev.drop.platform.rest.internal.ApiServlet",
                "osgi.http.whiteboard.servlet.pattern", "/api/*"));
        properties.putAll(more);
        return WebFakes.service("dev.drop.platform.rest", properties);
    }

    private List<ServiceReference<?>> sweep(RuntimeDTO runtime, Instant at, ServiceReference<?>... servlets) {
        return lost.lost(List.of(servlets), new ServedServlets.Snapshot(runtime), at);
    }

    @Test
    void aServletUnservedWithoutAReasonIsLostOnceTheGracePeriodIsOver() {
        ServiceReference<?> api = apiServlet(40, Map.of());
        assertThat(sweep(WebFakes.serving(), BOOT, api)).isEmpty();
        assertThat(sweep(WebFakes.serving(), BOOT.plusSeconds(29), api)).as("the web server may still be busy").isEmpty();
        assertThat(sweep(WebFakes.serving(), BOOT.plusSeconds(30), api)).containsExactly(api);
        assertThat(lost.triesOf(api)).isEqualTo(1);
    }

    @Test
    void aComponentIsRegisteredAnewAFewTimesAtMostUntilTheWebServerServesIt() {
        Instant at = BOOT;
        for (int attempt = 1; attempt <= LostServlets.MAX_TRIES; attempt++) {
            ServiceReference<?> again = apiServlet(40 + attempt, Map.of());
            assertThat(sweep(WebFakes.serving(), at, again)).isEmpty();
            at = at.plus(GRACE);
            assertThat(sweep(WebFakes.serving(), at, again)).containsExactly(again);
        }
        ServiceReference<?> last = apiServlet(50, Map.of());
        sweep(WebFakes.serving(), at, last);
        assertThat(sweep(WebFakes.serving(), at.plus(GRACE.multipliedBy(10)), last)).as("left to health to report").isEmpty();

        assertThat(sweep(WebFakes.serving(50), at.plus(GRACE.multipliedBy(11)), last)).isEmpty();
        assertThat(lost.triesOf(last)).as("served at last: a later loss gets its tries again").isZero();
    }

    @Test
    void servedRefusedElsewhereTargetedAndComponentlessServletsAreNeverLost() {
        FailedServletDTO shadowed = new FailedServletDTO();
        shadowed.serviceId = 61;
        shadowed.failureReason = DTOConstants.FAILURE_REASON_SHADOWED_BY_OTHER_SERVICE;
        RuntimeDTO runtime = WebFakes.serving(60);
        runtime.failedServletDTOs = new FailedServletDTO[] {shadowed};

        ServiceReference<?> served = apiServlet(60, Map.of());
        ServiceReference<?> refused = apiServlet(61, Map.of());
        ServiceReference<?> otherContext = apiServlet(62, Map.of("osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=admin)"));
        ServiceReference<?> otherServer = apiServlet(63, Map.of("osgi.http.whiteboard.target", "(osgi.http.endpoint=http://elsewhere/)"));
        ServiceReference<?> registeredByHand = WebFakes.service("probe", Map.of("service.id", 64L, "osgi.http.whiteboard.servlet.pattern", "/x"));
        sweep(runtime, BOOT, served, refused, otherContext, otherServer, registeredByHand);
        assertThat(sweep(runtime, BOOT.plus(GRACE.multipliedBy(2)), served, refused, otherContext, otherServer, registeredByHand)).isEmpty();
    }
}
