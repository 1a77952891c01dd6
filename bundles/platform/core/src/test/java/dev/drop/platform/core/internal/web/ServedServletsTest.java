package dev.drop.platform.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.DTOConstants;
import org.osgi.service.http.runtime.dto.FailedServletDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.service.http.runtime.dto.ServletDTO;

class ServedServletsTest {

    private static final ServiceReference<?> STOREFRONT = service("dev.drop.catalog.impl", Map.of(
            "service.id", 41L,
            "osgi.http.whiteboard.servlet.pattern", "/shop/*",
            "osgi.http.whiteboard.servlet.name", "drop-storefront"));
    private static final ServiceReference<?> METRICS = service("dev.drop.platform.metrics", Map.of(
            "service.id", 12L,
            "osgi.http.whiteboard.servlet.pattern", new String[] {"/metrics", "/metrics/*"}));

    @Test
    void servletsTheWebServerServesAreServed() {
        assertEquals(Optional.empty(), unserved(runtime(new long[] {12, 41}), STOREFRONT, METRICS));
    }

    @Test
    void aServletTheWebServerHasNotTakenUpIsNamedWithItsPatternAndBundle() {
        assertEquals(Optional.of("the web server does not serve servlet drop-storefront at /shop/* of dev.drop.catalog.impl yet"),
                unserved(runtime(new long[] {12}), METRICS, STOREFRONT));
        assertEquals(Optional.of("the web server does not serve servlet at /metrics, /metrics/* of dev.drop.platform.metrics yet"),
                unserved(runtime(new long[] {41}), STOREFRONT, METRICS));
    }

    @Test
    void aRefusedServletSaysWhy() {
        FailedServletDTO refused = new FailedServletDTO();
        refused.serviceId = 41;
        refused.failureReason = DTOConstants.FAILURE_REASON_NO_SERVLET_CONTEXT_MATCHING;
        RuntimeDTO runtime = runtime(new long[0]);
        runtime.failedServletDTOs = new FailedServletDTO[] {refused};
        assertEquals(Optional.of("the web server does not serve servlet drop-storefront at /shop/* of dev.drop.catalog.impl yet"
                + " (no servlet context matches it)"), unserved(runtime, STOREFRONT));
    }

    @Test
    void onlyWhiteboardServletsCount() {
        ServiceReference<?> resource = service("dev.drop.merchants.impl", Map.of("service.id", 7L, "osgi.jaxrs.resource", "true"));
        assertEquals(List.of(STOREFRONT), ServedServlets.servletsOf(new ServiceReference<?>[] {resource, STOREFRONT}).toList());
        assertEquals(List.of(), ServedServlets.servletsOf(null).toList());
    }

    private static Optional<String> unserved(RuntimeDTO served, ServiceReference<?>... servlets) {
        HttpServiceRuntime runtime = (HttpServiceRuntime) Proxy.newProxyInstance(loaderOf(HttpServiceRuntime.class),
                new Class<?>[] {HttpServiceRuntime.class}, (proxy, method, args) -> served);
        return new ServedServlets(runtime).firstUnserved(List.of(servlets));
    }

    private static RuntimeDTO runtime(long[] served) {
        ServletContextDTO context = new ServletContextDTO();
        context.servletDTOs = Arrays.stream(served).mapToObj(id -> {
            ServletDTO servlet = new ServletDTO();
            servlet.serviceId = id;
            return servlet;
        }).toArray(ServletDTO[]::new);
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.servletContextDTOs = new ServletContextDTO[] {context};
        runtime.failedServletDTOs = new FailedServletDTO[0];
        return runtime;
    }

    private static ServiceReference<?> service(String bundleName, Map<String, Object> properties) {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(loaderOf(Bundle.class), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> bundleName;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ServiceReference<?>) Proxy.newProxyInstance(loaderOf(ServiceReference.class),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    case "getBundle" -> bundle;
                    case "toString" -> bundleName + properties;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ClassLoader loaderOf(Class<?> type) {
        return type.getClassLoader();
    }
}
