package dev.drop.platform.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.DTOConstants;
import org.osgi.service.http.runtime.dto.FailedServletDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;

class ServedServletsTest {

    private static final ServiceReference<?> STOREFRONT = WebFakes.service("dev.drop.catalog.impl", Map.of(
            "service.id", 41L,
            "osgi.http.whiteboard.servlet.pattern", "/shop/*",
            "osgi.http.whiteboard.servlet.name", "drop-storefront"));
    private static final ServiceReference<?> METRICS = WebFakes.service("dev.drop.platform.metrics", Map.of(
            "service.id", 12L,
            "osgi.http.whiteboard.servlet.pattern", new String[] {"/metrics", "/metrics/*"}));

    @Test
    void servletsTheWebServerServesAreServed() {
        assertEquals(Optional.empty(), unserved(WebFakes.serving(12, 41), STOREFRONT, METRICS));
    }

    @Test
    void aServletTheWebServerHasNotTakenUpIsNamedWithItsPatternAndBundle() {
        assertEquals(Optional.of("the web server does not serve servlet drop-storefront at /shop/* of dev.drop.catalog.impl yet"),
                unserved(WebFakes.serving(12), METRICS, STOREFRONT));
        assertEquals(Optional.of("the web server does not serve servlet at /metrics, /metrics/* of dev.drop.platform.metrics yet"),
                unserved(WebFakes.serving(41), STOREFRONT, METRICS));
    }

    @Test
    void aRefusedServletSaysWhy() {
        FailedServletDTO refused = new FailedServletDTO();
        refused.serviceId = 41;
        refused.failureReason = DTOConstants.FAILURE_REASON_NO_SERVLET_CONTEXT_MATCHING;
        RuntimeDTO runtime = WebFakes.serving();
        runtime.failedServletDTOs = new FailedServletDTO[] {refused};
        assertEquals(Optional.of("the web server does not serve servlet drop-storefront at /shop/* of dev.drop.catalog.impl yet"
                + " (no servlet context matches it)"), unserved(runtime, STOREFRONT));
    }

    @Test
    void onlyWhiteboardServletsCount() {
        ServiceReference<?> resource = WebFakes.service("dev.drop.merchants.impl", Map.of("service.id", 7L, "osgi.jaxrs.resource", "true"));
        assertEquals(List.of(STOREFRONT), ServedServlets.servletsOf(new ServiceReference<?>[] {resource, STOREFRONT}).toList());
        assertEquals(List.of(), ServedServlets.servletsOf(null).toList());
    }

    @Test
    void aRecentStateShowingEveryServletServedIsReusedForASecondButAMissingServletIsLookedForAnew() {
        AtomicLong clock = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        RuntimeDTO[] current = {WebFakes.serving(12, 41)};
        HttpServiceRuntime runtime = (HttpServiceRuntime) Proxy.newProxyInstance(HttpServiceRuntime.class.getClassLoader(),
                new Class<?>[] {HttpServiceRuntime.class}, (proxy, method, args) -> {
                    reads.incrementAndGet();
                    return current[0];
                });
        ServedServlets served = new ServedServlets(runtime, clock::get);

        assertEquals(Optional.empty(), served.firstUnserved(List.of(STOREFRONT, METRICS)));
        clock.addAndGet(Duration.ofMillis(900).toNanos());
        assertEquals(Optional.empty(), served.firstUnserved(List.of(STOREFRONT)));
        assertEquals(1, reads.get(), "served a moment ago");

        current[0] = WebFakes.serving(12);
        clock.addAndGet(Duration.ofMillis(200).toNanos());
        assertTrue(served.firstUnserved(List.of(STOREFRONT)).isPresent(), "a second later the state is read anew");
        assertTrue(served.firstUnserved(List.of(STOREFRONT)).isPresent());
        assertEquals(3, reads.get(), "a missing servlet is looked for in the state of the moment");

        current[0] = WebFakes.serving(12, 41);
        assertEquals(Optional.empty(), served.firstUnserved(List.of(STOREFRONT)));
    }

    private static Optional<String> unserved(RuntimeDTO served, ServiceReference<?>... servlets) {
        HttpServiceRuntime runtime = (HttpServiceRuntime) Proxy.newProxyInstance(HttpServiceRuntime.class.getClassLoader(),
                new Class<?>[] {HttpServiceRuntime.class}, (proxy, method, args) -> served);
        return new ServedServlets(runtime).firstUnserved(List.of(servlets));
    }
}
